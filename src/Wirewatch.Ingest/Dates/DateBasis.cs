namespace Wirewatch.Ingest.Dates;

/// <summary>Where an article's publication date came from, from most to least trusted.</summary>
public static class DateBasis
{
    /// <summary>The <c>--date</c> option.</summary>
    public const string Option = "option";

    /// <summary>The input's own metadata: HTML meta tags or JSON-LD, the feed item's date, the JSONL date field.</summary>
    public const string Metadata = "metadata";

    /// <summary>A full date near the top of the text ("WASHINGTON, Feb. 18, 2015 -").</summary>
    public const string Dateline = "dateline";

    /// <summary>A date in the file's name or folder (<c>2016-09-12</c>, <c>20160912</c>).</summary>
    public const string FileName = "file-name";
}
