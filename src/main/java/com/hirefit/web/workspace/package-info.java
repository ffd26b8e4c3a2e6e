/**
 * The recruiter workspace: server-rendered pages (Thymeleaf, with htmx for the parts that update in place) for
 * people logged in with the browser chain of {@code com.hirefit.security}. Every asset is served from the jar.
 * The verdict is always shown as HireFit's recommendation, never as a decision.
 */
package com.hirefit.web.workspace;
