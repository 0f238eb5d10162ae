namespace Wirewatch.Models.Lemmatization;

/// <summary>The lemmatizer's data: the exception lexicon (form, XPOS → lemma) and the suffix rules (XPOS, suffix → edit), as parallel lists.</summary>
internal sealed record LemmatizerTables(
    IReadOnlyList<string> Forms,
    IReadOnlyList<string> LexiconTags,
    IReadOnlyList<string> Lemmas,
    IReadOnlyList<string> RuleTags,
    IReadOnlyList<string> RuleSuffixes,
    IReadOnlyList<int> RuleCuts,
    IReadOnlyList<string> RuleAppends);
