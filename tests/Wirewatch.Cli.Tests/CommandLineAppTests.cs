namespace Wirewatch.Cli.Tests;

public class CommandLineAppTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => Cli.Run(args);

    [Fact]
    public void Every_command_has_help()
    {
        foreach (var command in CommandCatalog.All)
        {
            var (code, output, _) = Run([.. command.Name.Split(' '), "--help"]);
            Assert.Equal(0, code);
            Assert.Contains("Usage: wirewatch " + command.Name, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Version_prints_one_line()
    {
        var (code, output, _) = Run("--version");
        Assert.Equal(0, code);
        Assert.StartsWith("wirewatch ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_command_is_a_usage_error()
    {
        var (code, _, err) = Run("frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("unknown command", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        var (code, _, err) = Run("annotate", "x.txt", "--colour");
        Assert.Equal(2, code);
        Assert.Contains("--colour", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_a_clear_failure()
    {
        var (code, _, err) = Run("annotate", "/nonexistent/article.txt");
        Assert.Equal(1, code);
        Assert.Contains("file not found", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Annotate_json_spans_match_the_text()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "Egyptian jets pounded militant sites.\nParis joined Cairo.");
            var (code, output, _) = Run("annotate", path, "--json", "--date", "2015-02-18");
            Assert.Equal(0, code);
            using var json = System.Text.Json.JsonDocument.Parse(output);
            var text = json.RootElement.GetProperty("text").GetString()!;
            foreach (var token in json.RootElement.GetProperty("tokens").EnumerateArray())
            {
                int start = token.GetProperty("start").GetInt32();
                int end = token.GetProperty("end").GetInt32();
                Assert.Equal(text[start..end], token.GetProperty("text").GetString());
            }

            Assert.Equal("2015-02-18", json.RootElement.GetProperty("published").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_unexpected_exception_is_reported_as_a_bug_in_one_paragraph()
    {
        Exception thrown;
        try
        {
            throw new IndexOutOfRangeException("Index was outside the bounds of the array.");
        }
        catch (IndexOutOfRangeException ex)
        {
            thrown = ex;
        }

        var error = new StringWriter();
        CommandLineApp.ReportBug(thrown, "annotate", error, debug: false);
        var text = error.ToString();
        Assert.StartsWith("error: internal error in 'wirewatch annotate': IndexOutOfRangeException in CommandLineAppTests.", text, StringComparison.Ordinal);
        Assert.Contains("WIREWATCH_DEBUG=1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);

        error = new StringWriter();
        CommandLineApp.ReportBug(thrown, "annotate", error, debug: true);
        Assert.Contains("   at ", error.ToString(), StringComparison.Ordinal);
    }
}
