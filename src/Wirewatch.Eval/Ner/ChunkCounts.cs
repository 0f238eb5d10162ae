namespace Wirewatch.Eval.Ner;

/// <summary>Gold chunks, predicted chunks and correct chunks of one type.</summary>
public readonly record struct ChunkCounts(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static ChunkCounts operator +(ChunkCounts a, ChunkCounts b) => new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Correct + b.Correct);

    public ChunkCounts Add(ChunkCounts other) => this + other;
}
