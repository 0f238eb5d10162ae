namespace Wirewatch.Models.Training;

/// <summary>
/// One gold sentence for training or scoring: its words and their annotations, as in a CoNLL-U file.
/// Heads are CoNLL-U style: 1-based word numbers, 0 for the root. Columns a trainer does not need may be null.
/// </summary>
public sealed class AnnotatedSentence
{
    public AnnotatedSentence(string[] forms, string[]? lemmas, string[]? upos, string[]? xpos, int[]? heads, string[]? relations)
    {
        ArgumentNullException.ThrowIfNull(forms);
        Check(lemmas, forms.Length, nameof(lemmas));
        Check(upos, forms.Length, nameof(upos));
        Check(xpos, forms.Length, nameof(xpos));
        Check(heads, forms.Length, nameof(heads));
        Check(relations, forms.Length, nameof(relations));
        Forms = forms;
        Lemmas = lemmas;
        Upos = upos;
        Xpos = xpos;
        Heads = heads;
        Relations = relations;

        // The words joined by single spaces, with their offsets: the same shape the components see at run time.
        var starts = new int[forms.Length];
        var ends = new int[forms.Length];
        int pos = 0;
        for (int i = 0; i < forms.Length; i++)
        {
            if (string.IsNullOrEmpty(forms[i]))
            {
                throw new ArgumentException($"Word {i + 1} is empty.", nameof(forms));
            }

            starts[i] = pos;
            pos += forms[i].Length;
            ends[i] = pos;
            pos++;
        }

        Text = string.Join(' ', forms);
        Starts = starts;
        Ends = ends;
    }

    public int Count => Forms.Length;

    public string[] Forms { get; }

    public string[]? Lemmas { get; }

    public string[]? Upos { get; }

    public string[]? Xpos { get; }

    /// <summary>1-based head word of each word, 0 for the root.</summary>
    public int[]? Heads { get; }

    public string[]? Relations { get; }

    /// <summary>The words joined by single spaces.</summary>
    public string Text { get; }

    /// <summary>Start offset of each word in <see cref="Text"/>.</summary>
    public int[] Starts { get; }

    /// <summary>End offset (exclusive) of each word in <see cref="Text"/>.</summary>
    public int[] Ends { get; }

    private static void Check<T>(T[]? column, int length, string name)
    {
        if (column is not null && column.Length != length)
        {
            throw new ArgumentException($"The {name} column has {column.Length} values for {length} words.", name);
        }
    }
}
