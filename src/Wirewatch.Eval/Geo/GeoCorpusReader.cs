using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Wirewatch.Core.Errors;

namespace Wirewatch.Eval.Geo;

/// <summary>
/// Reads LGL/TR-News, GeoWebNews and GeoVirus XML. The format is detected from the elements. Only the
/// text and the spans are needed for prediction; the gold positions are read when present so the same
/// reader serves <c>--gold</c>. Spans outside their text are left out and listed in <see cref="GeoCorpus.SkippedSpans"/>.
/// </summary>
public static class GeoCorpusReader
{
    public static GeoCorpus Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream, path);
        }
        catch (FileNotFoundException ex)
        {
            throw new InputRejectedException(path, "file not found.", ex);
        }
    }

    public static GeoCorpus Read(Stream stream, string source)
    {
        XDocument doc;
        try
        {
            doc = XDocument.Load(stream, LoadOptions.None);
        }
        catch (XmlException ex)
        {
            throw new InputRejectedException(source, $"not well-formed XML: {ex.Message}", ex);
        }

        var root = doc.Root ?? throw new InputRejectedException(source, "empty document.");
        var format = Detect(root);
        var articles = new List<GeoArticle>();
        var skipped = new List<string>();
        int index = 0;
        foreach (var article in root.Elements("article"))
        {
            var text = article.Element("text")?.Value
                ?? throw new InputRejectedException(source, $"article {index} has no <text>.");
            var toponyms = new List<GeoToponym>();
            var elements = format == GeoCorpusFormat.GeoVirus
                ? article.Element("locations")?.Elements("location") ?? []
                : article.Element("toponyms")?.Elements("toponym") ?? [];
            foreach (var t in elements)
            {
                int start = Int(t, "start", source, index);
                int end = Int(t, "end", source, index);
                if (start < 0 || end <= start || end > text.Length)
                {
                    // A corpus error (TR-News has one); the span cannot be resolved or scored, so it is reported and left out.
                    skipped.Add($"article {index}: span [{start}, {end}) outside its text of {text.Length} characters");
                    continue;
                }

                var phrase = format switch
                {
                    GeoCorpusFormat.Lgl => t.Element("phrase")?.Value,
                    GeoCorpusFormat.GeoWebNews => t.Element("extractedName")?.Value,
                    _ => t.Element("name")?.Value,
                } ?? text[start..end];
                toponyms.Add(new GeoToponym(start, end, phrase, Gold(format, t)));
            }

            articles.Add(new GeoArticle(index, text, toponyms));
            index++;
        }

        return new GeoCorpus(format, articles, skipped);
    }

    /// <summary>GeoVirus has <c>locations</c>; GeoWebNews toponyms have <c>extractedName</c>; otherwise LGL/TR-News.</summary>
    public static GeoCorpusFormat Detect(XElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var article in root.Elements("article"))
        {
            if (article.Element("locations") is not null)
            {
                return GeoCorpusFormat.GeoVirus;
            }

            if (article.Element("toponyms")?.Element("toponym") is { } t)
            {
                return t.Element("extractedName") is not null ? GeoCorpusFormat.GeoWebNews : GeoCorpusFormat.Lgl;
            }
        }

        return GeoCorpusFormat.Lgl;
    }

    private static GeoPoint? Gold(GeoCorpusFormat format, XElement t)
    {
        XElement? holder = t;
        string latName = "lat", lonName = "lon";
        int? id = null;
        switch (format)
        {
            case GeoCorpusFormat.Lgl:
                holder = t.Element("gaztag");
                if (holder is null)
                {
                    return null;
                }

                id = ParseInt(holder.Attribute("geonameid")?.Value);
                break;
            case GeoCorpusFormat.GeoWebNews:
                latName = "latitude";
                lonName = "longitude";
                id = ParseInt(t.Element("geonamesID")?.Value);
                break;
        }

        var lat = ParseDouble(holder.Element(latName)?.Value);
        var lon = ParseDouble(holder.Element(lonName)?.Value);
        return lat is { } la && lon is { } lo ? new GeoPoint(la, lo, id) : null;
    }

    private static int Int(XElement t, string name, string source, int article)
    {
        var raw = t.Element(name)?.Value;
        return ParseInt(raw) ?? throw new InputRejectedException(source, $"article {article}: a toponym has no valid <{name}>.");
    }

    private static int? ParseInt(string? raw) =>
        int.TryParse(raw?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : null;

    private static double? ParseDouble(string? raw) =>
        double.TryParse(raw?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) ? v : null;
}
