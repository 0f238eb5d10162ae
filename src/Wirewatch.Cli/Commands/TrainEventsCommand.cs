using Wirewatch.Core.IO;
using Wirewatch.Events.Ontology;
using Wirewatch.Events.Patterns;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch train events</c>: converts PLOVER and PETRARCH-2 sources into the event coder's data files.</summary>
internal sealed class TrainEventsCommand : ICommand
{
    public string Name => "train events";

    public string Summary => "Convert PLOVER (ontology, CAMEO map) and PETRARCH-2's CAMEO verbs into data/ontology and data/events/triggers-petrarch.tsv.";

    public string Help => """
        Usage: wirewatch train events [--shared DIR] [--data DIR]

        Writes, deterministically:
          DIR/ontology/plover-types.tsv, plover-modes.tsv   from plover/PLOVER_structured_codebook_updated.csv
          DIR/ontology/plover-contexts.tsv                  from the context table of plover/PLOVER_MANUAL.tex
          DIR/ontology/cameo-plover.tsv                     from plover/CAMEO2PLOVER-2021.txt
          DIR/events/triggers-petrarch.tsv                  from petrarch2/CAMEO.2.0.txt (verbs and one-word object patterns)
        The hand-written files (plover-acled.tsv, plover-gtd.tsv, sector-gtd-target.tsv, triggers-curated.tsv,
        nouns.tsv) are not touched. PLOVER is CC BY-SA 4.0, PETRARCH-2's dictionaries are MIT (see NOTICE).

        Options:
          --shared DIR   the shared data folder (default: ../shared/data)
          --data DIR     the data folder to write (default: data/ of the repository around the current folder)
          --help         show this text

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--shared", "--data"];

    public IReadOnlyCollection<string> FlagOptions { get; } = [];

    public int Run(CommandArgs args, CliContext context)
    {
        var shared = Path.GetFullPath(args.Value("--shared") ?? DataDirectory.ResolveShared());
        // Default: the repository's data folder (not the copy beside the built program).
        var repo = DataDirectory.FindRepositoryRoot(Directory.GetCurrentDirectory());
        var data = Path.GetFullPath(args.Value("--data") ?? (repo is null ? DataDirectory.Resolve() : Path.Combine(repo, "data")));
        var ontologyDir = Path.Combine(data, "ontology");
        foreach (var file in OntologySourceConverter.Convert(Path.Combine(shared, "plover"), ontologyDir))
        {
            context.Out.WriteLine($"wrote {file}");
        }

        var ontology = EventOntology.Load(ontologyDir);
        var eventsDir = Path.Combine(data, "events");
        Directory.CreateDirectory(eventsDir);
        var output = Path.Combine(eventsDir, TriggerDictionary.ImportedFile);
        int count = CameoVerbImporter.Convert(Path.Combine(shared, "petrarch2", "CAMEO.2.0.txt"), ontology, output);
        context.Out.WriteLine($"wrote {output} ({count} patterns)");
        context.Out.WriteLine($"ontology: {ontology.Types.Count} types, {ontology.Contexts.Count} contexts, {ontology.CameoCount} CAMEO codes");
        return CommandLineApp.ExitOk;
    }
}
