using Wirewatch.Core.Errors;
using Wirewatch.Ingest.Dates;
using Wirewatch.Text;

namespace Wirewatch.Ingest.Readers;

/// <summary>
/// A <c>.txt</c> file is one article. A short first line followed by a blank line is taken as the
/// title (it stays in the text: offsets index the file as it is). The date comes from a dateline or the file name.
/// </summary>
public sealed class PlainTextReader : IArticleReader
{
    /// <summary>A first line longer than this is a paragraph, not a headline.</summary>
    public const int MaxTitleLength = 200;

    public string Format => "txt";

    public IEnumerable<ReadResult> Read(string origin, byte[] content, CancellationToken cancellationToken)
    {
        DecodedText decoded;
        try
        {
            decoded = TextFileDecoder.Decode(content, origin);
        }
        catch (InputRejectedException ex)
        {
            return [ReadResult.Failed(origin, ex.Reason)];
        }

        var text = decoded.Text;
        var (date, basis) = FindDate(text, origin);
        return [ReadResult.Of(new RawArticle
        {
            Text = text,
            Origin = origin,
            Title = TitleOf(text),
            Published = date,
            DateBasis = basis,
        })];
    }

    internal static (DateOnly? Date, string? Basis) FindDate(string text, string origin)
    {
        if (PublicationDateFinder.FromDateline(text) is { } dateline)
        {
            return (dateline, DateBasis.Dateline);
        }

        return PublicationDateFinder.FromFileName(origin) is { } fromName ? (fromName, DateBasis.FileName) : (null, null);
    }

    internal static string? TitleOf(string text)
    {
        var span = text.AsSpan().TrimStart();
        int newline = span.IndexOf('\n');
        if (newline <= 0)
        {
            return null;
        }

        var first = span[..newline].Trim();
        var rest = span[(newline + 1)..];
        int next = rest.IndexOf('\n');
        bool blankFollows = next >= 0 && rest[..next].IsWhiteSpace();
        return blankFollows && first.Length is > 0 and <= MaxTitleLength ? first.ToString() : null;
    }
}
