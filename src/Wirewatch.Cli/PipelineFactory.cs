using Wirewatch.Core.Pipeline;
using Wirewatch.Text;

namespace Wirewatch.Cli;

/// <summary>Builds the default pipeline the commands share. Layers are added here as their components arrive.</summary>
internal static class PipelineFactory
{
    // The tagger, lemmatizer and parser models are read once per process and shared (they are immutable).
    private static readonly Lazy<Wirewatch.Models.ModelSet> LinguisticModels =
        new(() => Wirewatch.Models.ModelSet.Load(Path.Combine(Wirewatch.Core.IO.DataDirectory.Resolve(), "models")));

    // The gazetteer (22 MB) is likewise loaded once; the resolver component is immutable and thread-safe.
    private static readonly Lazy<Wirewatch.Geo.Places.GazetteerPlaceResolver> Places =
        new(() => Wirewatch.Geo.Places.GazetteerPlaceResolver.FromFolder(Path.Combine(Wirewatch.Core.IO.DataDirectory.Resolve(), "gazetteer")));

    // The entity recognizer, actor dictionaries and their gazetteer flags, loaded once; the component is immutable.
    private static readonly Lazy<Wirewatch.Entities.EntityComponent> Entities =
        new(() => new Wirewatch.Entities.EntityComponent(Wirewatch.Entities.EntityResources.LoadExtractor(Wirewatch.Core.IO.DataDirectory.Resolve())));

    // Quotes and relations (quotes.v1): cue words and relation patterns from data/events, read once.
    private static readonly Lazy<Wirewatch.Events.Quotes.QuoteComponent> Quotes =
        new(() => Wirewatch.Events.Quotes.QuoteComponent.Load(Wirewatch.Core.IO.DataDirectory.Resolve()));

    // The event coder's ontology, trigger patterns and noun lists, loaded once; the component is immutable.
    private static readonly Lazy<Wirewatch.Events.EventCoderComponent> Events =
        new(() => Wirewatch.Events.EventCoderComponent.Load(Wirewatch.Core.IO.DataDirectory.Resolve()));

    /// <summary>Tokenizer, splitter, tagger, lemmatizer and parser: what models that read parses (the MUC-4 role tagger) need.</summary>
    public static Pipeline CreateSyntax() => Linguistic().Build();

    public static Pipeline CreateDefault()
    {
        return Linguistic()
            .Add(Entities.Value)
            .Add(Places.Value)
            .Add(Events.Value)
            .Add(Quotes.Value)
            .Build();
    }

    private static PipelineBuilder Linguistic() => new PipelineBuilder()
        .Add(new NewsTokenizer())
        .Add(new SentenceSplitter())
        .Add(LinguisticModels.Value.Tagger)
        .Add(LinguisticModels.Value.Lemmatizer)
        .Add(LinguisticModels.Value.Parser);
}
