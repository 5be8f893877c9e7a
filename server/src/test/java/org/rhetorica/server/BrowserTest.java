package org.rhetorica.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rhetorica.index.Corpus;
import org.rhetorica.index.CorpusWriter;
import org.rhetorica.index.EncoderSentenceVectors;
import org.rhetorica.index.IndexConfig;
import org.rhetorica.index.Indexer;
import org.rhetorica.index.ResultFiles;
import org.rhetorica.index.SentenceVectors;
import org.rhetorica.ingest.Ingest;
import org.rhetorica.ingest.IngestOptions;
import org.rhetorica.ingest.InputFile;
import org.rhetorica.models.Encoding;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.pipeline.Resources;

/**
 * The workbench in a real browser, Debian's chromium driven by its chromedriver, on a desktop and a
 * phone screen: search, click a facet, open a document and see its highlights, paste a text and see
 * it analysed. Skipped, saying so, where chromium or chromedriver is not installed. With
 * {@code -Drhetorica.screenshots=DIR} it saves what it sees there.
 */
class BrowserTest {
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    private static final String DRIVER = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    enum Screen {
        DESKTOP(1280, 1500), PHONE(390, 844);

        final int width;
        final int height;

        Screen(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    @TempDir
    static Path folder;
    static Resources resources;
    static Corpus corpus;
    static Workbench workbench;
    static String base;

    private static final boolean INSTALLED = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();

    @BeforeAll
    static void start() throws IOException {
        if (!INSTALLED) {
            System.err.println("BROWSER TESTS SKIPPED: chromium or chromedriver is not installed (apt-get install chromium chromium-driver)");
            return;
        }
        resources = Resources.defaults();
        Pipeline pipeline = Pipeline.standard(resources, Set.of());
        SentenceVectors vectors = new EncoderSentenceVectors(Encoding.sharedEncoder(resources));
        IndexConfig config = IndexConfig.standard();
        Ingest ingest = new Ingest(IngestOptions.defaults());
        List<InputFile> files = ingest.discover(List.of("samples"), failure -> {
            throw new IllegalStateException(failure.toString());
        });
        try (CorpusWriter writer = new CorpusWriter(folder, config, 100)) {
            new Indexer(writer, pipeline, vectors, config, false, 2).run(files, new ResultFiles(ingest, config.layers(), 1 << 24),
                    new Indexer.Listener() {
                        @Override
                        public void indexed(String key) {}

                        @Override
                        public void failure(org.rhetorica.ingest.InputFailure failure) {
                            throw new IllegalStateException(failure.toString());
                        }
                    });
        }
        corpus = Corpus.open(folder, config);
        workbench = new Workbench(corpus, folder, config, pipeline, vectors, Limits.defaults());
        base = "http://127.0.0.1:" + workbench.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws IOException {
        if (workbench != null) {
            workbench.close();
            corpus.close();
            resources.close();
        }
    }

    private static WebDriver browser(Screen screen) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=" + screen.width + "," + screen.height);
        if (screen == Screen.PHONE) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", screen.width, "height", screen.height, "pixelRatio", 2.0, "touch", true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        return new ChromeDriver(service, options);
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void searchFilterOpenAndAnalyse(Screen screen) throws IOException {
        Assumptions.assumeTrue(INSTALLED, "chromium and chromedriver are not installed");
        WebDriver browser = browser(screen);
        try {
            WebDriverWait wait = new WebDriverWait(browser, WAIT);
            String name = screen.name().toLowerCase(java.util.Locale.ROOT);

            browser.get(base + "/");
            wait.until(d -> !d.findElements(By.cssSelector("#results li.hit")).isEmpty()
                    && !d.findElements(By.cssSelector("#chart-quoted li a")).isEmpty());
            assertTrue(browser.findElement(By.id("summary")).getText().endsWith("documents in the corpus"));
            noSidewaysScroll(browser, screen);
            save(browser, name + "-search");

            WebElement box = browser.findElement(By.id("q"));
            box.sendKeys("ferry");
            browser.findElement(By.cssSelector("#search button[type=submit]")).click();
            wait.until(d -> d.findElement(By.id("summary")).getText().contains("match \u201cferry\u201d"));

            WebElement facet = wait.until(d -> d.findElement(By.cssSelector("a[data-facet=source][data-value='Coastal Wire']")));
            if (!facet.isDisplayed()) {
                facet.findElement(By.xpath("ancestor::details/summary")).click();
            }
            facet.click();
            wait.until(d -> d.findElement(By.id("chips")).getText().contains("source: Coastal Wire"));
            List<WebElement> hits = wait.until(d -> {
                List<WebElement> found = d.findElements(By.cssSelector("#results li.hit"));
                return found.isEmpty() ? null : found;
            });
            List<String> sources = new ArrayList<>();
            hits.forEach(hit -> sources.add(hit.findElement(By.cssSelector(".meta")).getText()));
            assertTrue(sources.stream().allMatch(meta -> meta.startsWith("Coastal Wire")), sources.toString());
            assertTrue(browser.getCurrentUrl().contains("f=source%3ACoastal+Wire"), browser.getCurrentUrl());

            hits.get(0).findElement(By.cssSelector("a.title")).click();
            wait.until(d -> d.getCurrentUrl().contains("/document?key="));
            wait.until(d -> !d.findElements(By.cssSelector("#text .m.q")).isEmpty());
            assertFalse(browser.findElements(By.cssSelector("#text .m.t")).isEmpty(), "no technique highlighted");
            assertFalse(browser.findElements(By.cssSelector("input[data-layer=t]")).isEmpty(), "no layer switch");
            noSidewaysScroll(browser, screen);
            save(browser, name + "-document");

            browser.get(base + "/analyse");
            browser.findElement(By.id("text-input")).sendKeys("Mayor Anna Berg said on Monday: \"This plan is a disgrace and "
                    + "a betrayal of every family in the valley.\" Critics called her claims wildly exaggerated.");
            browser.findElement(By.id("analyse-button")).click();
            wait.until(d -> d.getCurrentUrl().contains("/analysed?token="));
            wait.until(d -> !d.findElements(By.cssSelector("#text .m.q")).isEmpty());
            assertEquals("Anna Berg", browser.findElement(By.cssSelector("button.speaker .name")).getText().strip());
            save(browser, name + "-analysed");
        } finally {
            browser.quit();
        }
    }

    /** The page fits the screen's width: nothing to scroll sideways. */
    private static void noSidewaysScroll(WebDriver browser, Screen screen) {
        long width = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).longValue();
        assertTrue(width <= screen.width, "the page is " + width + " px wide on a " + screen.width + " px screen");
    }

    private static void save(WebDriver browser, String name) throws IOException {
        String folder = System.getProperty("rhetorica.screenshots");
        if (folder != null) {
            Files.createDirectories(Path.of(folder));
            Files.write(Path.of(folder, name + ".png"), ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }
    }
}
