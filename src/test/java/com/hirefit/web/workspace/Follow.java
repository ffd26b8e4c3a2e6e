package com.hirefit.web.workspace;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

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
        BrowserTest.waitFor().until(d -> gone(element));
    }

    /**
     * Chromium answers a look at an element of a page being replaced either "stale" or, mid-navigation, with an
     * inspector error that the node no longer belongs to the document: both mean the element is gone.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }
}
