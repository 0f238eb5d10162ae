using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Wirewatch.Server.Tests;

/// <summary>
/// The page in headless Chromium (Debian's chromium and chromium-driver; <c>.ci/run</c> installs them and sets
/// WIREWATCH_TEST_CHROMIUM / WIREWATCH_TEST_CHROMEDRIVER). Skipped when they are not there.
/// </summary>
public class PageBrowserTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static ChromeDriver? StartBrowser()
    {
        var chromium = Environment.GetEnvironmentVariable("WIREWATCH_TEST_CHROMIUM");
        var driver = Environment.GetEnvironmentVariable("WIREWATCH_TEST_CHROMEDRIVER");
        if (string.IsNullOrEmpty(chromium) || string.IsNullOrEmpty(driver) || !File.Exists(chromium) || !File.Exists(driver))
        {
            return null;
        }

        var options = new ChromeOptions { BinaryLocation = chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driver)!, Path.GetFileName(driver));
        service.HideCommandPromptWindow = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    [SkippableFact]
    public void The_page_draws_events_on_the_map_and_highlights_the_evidence()
    {
        using var browser = StartBrowser();
        Skip.If(browser is null, "WIREWATCH_TEST_CHROMIUM / WIREWATCH_TEST_CHROMEDRIVER not set (Debian chromium and chromium-driver); .ci/run sets them.");
        browser.Navigate().GoToUrl(server.Client.BaseAddress!);
        var wait = new WebDriverWait(browser, TimeSpan.FromSeconds(30));
        wait.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-ready") == "true");

        Assert.True(browser.FindElements(By.CssSelector("#countries path")).Count > 100, "country borders drawn");
        var points = browser.FindElements(By.CssSelector("#points circle"));
        Assert.Equal(4, points.Count);
        Assert.Equal(4, browser.FindElements(By.CssSelector("#events li")).Count);
        Assert.Contains("articles", browser.FindElement(By.Id("stats")).Text, StringComparison.Ordinal);

        // Filtering by country reloads the list and the map.
        browser.FindElement(By.Name("country")).SendKeys("FRA");
        browser.FindElement(By.CssSelector("#filters button[type=submit]")).Click();
        wait.Until(d => d.FindElements(By.CssSelector("#events li")).Count == 1);
        browser.FindElement(By.CssSelector("#filters button[type=reset]")).Click();
        wait.Until(d => d.FindElements(By.CssSelector("#events li")).Count == 4);

        // Opening an event shows its article with the evidence marked, and its status.
        browser.FindElement(By.CssSelector("#events li button[data-id='libya1-2']")).Click();
        wait.Until(d => d.FindElements(By.CssSelector("#article-text mark.evidence")).Count > 0);
        Assert.Equal("Gunmen attacked a hotel in Tripoli, killing nine", browser.FindElement(By.CssSelector("#article-text mark.evidence")).Text);
        Assert.Contains("claimed", browser.FindElement(By.Id("detail")).Text, StringComparison.Ordinal);

        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        browser.GetScreenshot().SaveAsFile(Path.Combine(folder, "page.png"));
    }
}
