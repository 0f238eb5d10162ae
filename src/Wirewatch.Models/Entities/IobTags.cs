namespace Wirewatch.Models.Entities;

/// <summary>
/// Reads and writes IOB tag sequences (CoNLL-2003's IOB1 and the IOB2 of most corpora): names as token spans.
/// A name starts at <c>B-X</c>, or at <c>I-X</c> after O or after a name of another type; it ends before O, a
/// <c>B-</c>, or a tag of another type. Unknown types map through a caller's function (or are dropped).
/// </summary>
public static class IobTags
{
    /// <summary>Appends the names in <paramref name="tags"/> as sentence-local spans; <paramref name="typeOf"/> maps a tag's type to a type id, or -1 to ignore it.</summary>
    public static void ToSpans(IReadOnlyList<string> tags, Func<string, int> typeOf, List<EntitySpan> output)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(typeOf);
        ArgumentNullException.ThrowIfNull(output);
        int start = -1, type = -1;
        string previousType = string.Empty;
        for (int i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            bool outside = tag.Length < 2 || tag[1] != '-' || tag[0] is not ('B' or 'I' or 'E' or 'S' or 'L' or 'U');
            string name = outside ? string.Empty : tag[2..];
            bool begins = !outside && (tag[0] is 'B' or 'S' or 'U' || name != previousType);
            if (start >= 0 && (outside || begins))
            {
                output.Add(new EntitySpan(start, i, type));
                start = -1;
            }

            if (!outside && begins)
            {
                int t = typeOf(name);
                if (t >= 0)
                {
                    start = i;
                    type = t;
                }
            }

            previousType = name;

            // IOBES/BILOU ends: E- and S- (L- and U-) close the name on this token.
            if (start >= 0 && !outside && tag[0] is 'E' or 'S' or 'L' or 'U')
            {
                output.Add(new EntitySpan(start, i + 1, type));
                start = -1;
                previousType = string.Empty;
            }
        }

        if (start >= 0)
        {
            output.Add(new EntitySpan(start, tags.Count, type));
        }
    }

    /// <summary>Writes IOB2 tags (<c>B-X</c>, <c>I-X</c>, <c>O</c>) for sentence-local spans over <paramref name="tags"/>; <paramref name="nameOf"/> names a type id.</summary>
    public static void FromSpans(ReadOnlySpan<EntitySpan> spans, Func<int, string> nameOf, Span<string> tags)
    {
        ArgumentNullException.ThrowIfNull(nameOf);
        tags.Fill("O");
        foreach (var span in spans)
        {
            var name = nameOf(span.Type);
            tags[span.First] = "B-" + name;
            for (int i = span.First + 1; i < span.End; i++)
            {
                tags[i] = "I-" + name;
            }
        }
    }
}
