using Wirewatch.Core.Documents;

namespace Wirewatch.Models.Training;

/// <summary>The tags of one sentence's words (gold or predicted), as the parser reads them.</summary>
public sealed record SentenceTags(UniversalPos[] Upos, string[] Xpos)
{
    /// <summary>The gold tags of a treebank sentence.</summary>
    public static SentenceTags Gold(AnnotatedSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var upos = new UniversalPos[sentence.Count];
        for (int i = 0; i < upos.Length; i++)
        {
            upos[i] = ParseUpos(sentence.Upos![i]);
        }

        return new SentenceTags(upos, sentence.Xpos!);
    }

    /// <summary>The enum value of a UPOS name; <see cref="UniversalPos.None"/> for "_" or an unknown name.</summary>
    public static UniversalPos ParseUpos(string name) =>
        Enum.TryParse<UniversalPos>(name, out var upos) && Enum.IsDefined(upos) ? upos : UniversalPos.None;
}
