/**
 * Recruiters' decisions on HireFit's recommendations: which decision follows which verdict ({@link
 * com.hirefit.decision.Decision}), the reasons an override needs ({@link com.hirefit.decision.OverrideReason}), the
 * checks ({@link com.hirefit.decision.DecisionRules}) and the append-only trail ({@link
 * com.hirefit.decision.DecisionService}). Above screening: it reads assessments, never changes them.
 */
package com.hirefit.decision;
