package fr.ouvert.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with explicit binary and driver paths (Selenium
 * Manager never runs), screenshots under target/screenshots, and an axe accessibility check.
 */
public final class Browser implements AutoCloseable {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");
	private static final Path AXE = Path.of("frontend", "node_modules", "axe-core", "axe.min.js");

	private final WebDriver driver;
	private final String base;

	public Browser(int port) {
		try {
			ChromeOptions options = new ChromeOptions();
			options.setBinary("/usr/bin/chromium");
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--disable-quic", "--window-size=1280,1000", "--lang=fr-FR",
					"--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
			options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File("/usr/bin/chromedriver"))
				.usingAnyFreePort()
				.build();
			this.driver = new ChromeDriver(service, options);
			this.base = "http://localhost:" + port;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public void open(String path) {
		driver.get(path.startsWith("http") ? path : base + path);
	}

	public String path() {
		return driver.getCurrentUrl().substring(base.length());
	}

	public WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	public List<WebElement> findAll(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	public void type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
	}

	/** The text as written in the page (DSFR upper-cases some elements on screen). */
	public String text(String css) {
		return find(css).getAttribute("textContent").strip().replaceAll("\\s+", " ");
	}

	/** Clicks something that loads a new page, and waits until the new page is there. */
	public void clickAndWaitForPage(String css) {
		WebElement page = driver.findElement(By.tagName("html"));
		find(css).click();
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		wait.until(ExpectedConditions.stalenessOf(page));
		wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	public void waitFor(String css) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
	}

	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Runs axe-core (WCAG 2.1 A and AA rules) on the current page.
	 * @return the violations, as "rule (impact): first target"
	 */
	@SuppressWarnings("unchecked")
	public List<String> accessibilityViolations() {
		try {
			JavascriptExecutor js = (JavascriptExecutor) driver;
			js.executeScript(Files.readString(AXE));
			Object result = js.executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
					  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes[0].target.join(' '))))
					  .catch(e => done(['axe failed: ' + e]));""");
			return (List<String>) result;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Signs in through the sign-in form; the platform then shows the home page. */
	public void signIn(String email, String password) {
		open("/connexion");
		type("#champ-email", email);
		type("#champ-password", password);
		clickAndWaitForPage("main form[action='/connexion'] button[type=submit]");
		if (!"/".equals(path())) {
			throw new IllegalStateException("Sign-in of " + email + " ended on " + path());
		}
	}

	public void signOut() {
		clickAndWaitForPage("header form[action='/deconnexion'] button");
	}

	/**
	 * Chromium orders the segments of a date field after its locale (headless, it may ignore the
	 * French one): the French order is tried, then the American one, until the field holds the date.
	 */
	public void typeDate(String css, java.time.LocalDate date) {
		for (String order : List.of("ddMMyyyy", "MMddyyyy")) {
			WebElement field = find(css);
			field.clear();
			field.sendKeys(date.format(java.time.format.DateTimeFormatter.ofPattern(order)));
			if (date.toString().equals(field.getAttribute("value"))) {
				return;
			}
		}
		throw new IllegalStateException("Could not type " + date + " into " + css);
	}

	@Override
	public void close() {
		driver.quit();
	}
}
