namespace Wirewatch.Eval.Acled;

/// <summary>Figures of one label (percent) and its gold count.</summary>
public sealed record AcledLabelScore(string Label, double Precision, double Recall, double F1, int Support, int Predicted);
