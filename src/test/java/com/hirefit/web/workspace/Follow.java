package com.hirefit.web.workspace;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Clicking a link or a button that loads another page (or makes htmx replace the element): the click returns before
 * the old page is gone, so the next look could still find the old page; this waits until the element clicked is gone.
 */
final class Follow {
    private Follow() {
    }

    static void click(WebDriver driver, By by) {
        WebElement element = driver.findElement(by);
        element.click();
        BrowserTest.waitFor().until(ExpectedConditions.stalenessOf(element));
    }
}
