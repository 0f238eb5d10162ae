using Wirewatch.Core.Documents;
using Wirewatch.Core.Pipeline;

namespace Wirewatch.Text;

/// <summary>Placeholder: one sentence per line. Replaced by the rule-based news sentence splitter.</summary>
public sealed class SentenceSplitter : IPipelineComponent
{
    public string Name => "sentences.news.v1";

    public IReadOnlyList<LayerKind> Requires { get; } = [LayerKind.Tokens];

    public IReadOnlyList<LayerKind> Assigns { get; } = [LayerKind.Sentences];

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.TokenLayer;
        var boundaries = new List<int> { 0 };
        for (int i = 1; i < tokens.Count; i++)
        {
            if (document.Text.AsSpan(tokens.EndOf(i - 1), tokens.StartOf(i) - tokens.EndOf(i - 1)).Contains('\n'))
            {
                boundaries.Add(i);
            }
        }

        if (tokens.Count > 0)
        {
            boundaries.Add(tokens.Count);
        }

        return document.With(new SentenceLayer([.. boundaries], tokens.Count));
    }
}
