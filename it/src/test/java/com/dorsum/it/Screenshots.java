package com.dorsum.it;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/** Saves what the browser shows as it-target/screenshots/NAME.png, at the desktop size or a phone's. */
final class Screenshots {

    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;

    private Screenshots() {
    }

    static void save(ChromeDriver browser, String name) throws Exception {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "screenshots");
        Files.createDirectories(folder);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** A phone's screen: desktop Chromium keeps a minimum window width, so the viewport is set as DevTools does. */
    static void asPhone(ChromeDriver browser) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH,
                "height", PHONE_HEIGHT, "deviceScaleFactor", 2, "mobile", true));
    }

    static void asDesktop(ChromeDriver browser) {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Nothing sticks out sideways: the page needs no horizontal scrolling. */
    static boolean fitsThePhone(ChromeDriver browser) {
        return (Boolean) browser.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth && window.innerWidth <= "
                        + PHONE_WIDTH + ";");
    }
}
