using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Wirewatch.Core.Errors;

namespace Wirewatch.Eval.Regression;

/// <summary>
/// Reads PETRARCH's validation XML (PETR.UnitTest.records.xml): every <c>&lt;Sentence date id category&gt;</c> with its
/// <c>&lt;EventCoding sourcecode targetcode eventcode&gt;</c> children and <c>&lt;Text&gt;</c>. The <c>&lt;Parse&gt;</c>
/// trees are ignored: the pipeline parses the text itself.
/// </summary>
public static class PetrarchRecordReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    public static List<PetrarchRecord> Read(string path)
    {
        string xml;
        try
        {
            xml = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputRejectedException(path, $"cannot read the file: {ex.Message}", ex);
        }

        return Parse(xml, path);
    }

    /// <summary>Parses the XML text; <paramref name="source"/> names it in error messages.</summary>
    public static List<PetrarchRecord> Parse(string xml, string source)
    {
        XDocument doc;
        try
        {
            doc = XDocument.Parse(xml);
        }
        catch (XmlException ex)
        {
            throw new InputRejectedException(source, $"not well-formed XML: {ex.Message}", ex);
        }

        var records = new List<PetrarchRecord>();
        int index = 0;
        foreach (var s in doc.Descendants("Sentence"))
        {
            index++;
            var id = (string?)s.Attribute("id") ?? index.ToString(CultureInfo.InvariantCulture);
            var text = s.Element("Text")?.Value
                ?? throw new InputRejectedException(source, $"sentence {id} has no <Text>.");
            var codings = new List<PetrarchCoding>();
            bool noEvents = false;
            string? error = null;
            foreach (var c in s.Elements("EventCoding"))
            {
                if ((string?)c.Attribute("eventcode") is { Length: > 0 } code)
                {
                    codings.Add(new PetrarchCoding((string?)c.Attribute("sourcecode") ?? string.Empty, (string?)c.Attribute("targetcode") ?? string.Empty, code.Trim()));
                }
                else if (string.Equals((string?)c.Attribute("noevents"), "true", StringComparison.OrdinalIgnoreCase))
                {
                    noEvents = true;
                }
                else if ((string?)c.Attribute("error") is { Length: > 0 } e)
                {
                    error = e;
                }
            }

            records.Add(new PetrarchRecord(id, (string?)s.Attribute("category") ?? string.Empty, ParseDate((string?)s.Attribute("date")), Normalize(text), codings, noEvents, error));
        }

        return records;
    }

    // PETRARCH writes yyyyMMdd; anything else is left undated rather than rejected (the date only anchors relative times).
    private static DateOnly? ParseDate(string? raw) =>
        raw is not null && DateOnly.TryParseExact(raw.Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    // The records wrap their text over several lines; join them into one sentence.
    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
}
