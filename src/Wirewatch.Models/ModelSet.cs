using Wirewatch.Core.Pipeline;
using Wirewatch.Models.Lemmatization;
using Wirewatch.Models.Parsing;
using Wirewatch.Models.Tagging;

namespace Wirewatch.Models;

/// <summary>The shipped linguistic models (tagger, lemmatizer, parser), loaded together from one folder.</summary>
public sealed class ModelSet
{
    public const string TaggerFile = "tagger.wwm";
    public const string LemmatizerFile = "lemmatizer.wwm";
    public const string ParserFile = "parser.wwm";

    private ModelSet(PerceptronTagger tagger, RuleLemmatizer lemmatizer, ArcHybridParser parser)
    {
        Tagger = tagger;
        Lemmatizer = lemmatizer;
        Parser = parser;
    }

    public PerceptronTagger Tagger { get; }

    public RuleLemmatizer Lemmatizer { get; }

    public ArcHybridParser Parser { get; }

    /// <summary>The components in pipeline order: tagger, lemmatizer, parser.</summary>
    public IReadOnlyList<IPipelineComponent> Components => [Tagger, Lemmatizer, Parser];

    /// <summary>Loads the three models from <paramref name="modelsDirectory"/> (usually <c>data/models</c>).</summary>
    /// <exception cref="Core.Errors.ModelLoadException">A file is missing (the message names the command that makes it), damaged, or of another version.</exception>
    public static ModelSet Load(string modelsDirectory)
    {
        ArgumentNullException.ThrowIfNull(modelsDirectory);
        return new ModelSet(
            PerceptronTagger.Load(Path.Combine(modelsDirectory, TaggerFile)),
            RuleLemmatizer.Load(Path.Combine(modelsDirectory, LemmatizerFile)),
            ArcHybridParser.Load(Path.Combine(modelsDirectory, ParserFile)));
    }
}
