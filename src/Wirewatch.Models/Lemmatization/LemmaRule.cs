namespace Wirewatch.Models.Lemmatization;

/// <summary>An edit from a word form to its lemma: remove <see cref="Cut"/> characters from the end, then add <see cref="Append"/>.</summary>
public readonly record struct LemmaRule(int Cut, string Append)
{
    /// <summary>The rule that turns <paramref name="form"/> into <paramref name="lemma"/> with the least cutting.</summary>
    public static LemmaRule Between(string form, string lemma)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(lemma);
        int common = 0;
        int limit = Math.Min(form.Length, lemma.Length);
        while (common < limit && form[common] == lemma[common])
        {
            common++;
        }

        return new LemmaRule(form.Length - common, lemma[common..]);
    }

    /// <summary>True when the form is long enough to cut and the result is not empty.</summary>
    public bool AppliesTo(ReadOnlySpan<char> form) => Cut < form.Length || (Cut == form.Length && Append.Length > 0);

    public string Apply(ReadOnlySpan<char> form) => string.Concat(form[..(form.Length - Cut)], Append);
}
