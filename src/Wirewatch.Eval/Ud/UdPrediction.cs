namespace Wirewatch.Eval.Ud;

/// <summary>What a system predicts for one syntactic word: the columns <c>eval ud</c> writes. Head is 1-based, 0 for the root.</summary>
public readonly record struct UdPrediction(string Lemma, string Upos, string Xpos, int Head, string DepRel);
