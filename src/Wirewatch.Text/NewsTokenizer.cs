using Wirewatch.Core.Documents;
using Wirewatch.Core.Pipeline;

namespace Wirewatch.Text;

/// <summary>Placeholder: splits on whitespace. Replaced by the rule-based news tokenizer.</summary>
public sealed class NewsTokenizer : IPipelineComponent
{
    public string Name => "tokenizer.news.v1";

    public IReadOnlyList<LayerKind> Requires { get; } = [];

    public IReadOnlyList<LayerKind> Assigns { get; } = [LayerKind.Tokens];

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var starts = new List<int>();
        var ends = new List<int>();
        var text = document.Text;
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                starts.Add(start);
                ends.Add(i);
            }
        }

        return document.With(new TokenLayer([.. starts], [.. ends], text.Length));
    }
}
