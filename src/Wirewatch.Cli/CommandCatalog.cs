using Wirewatch.Cli.Commands;

namespace Wirewatch.Cli;

/// <summary>Every command the program knows, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IReadOnlyList<ICommand> All { get; } =
    [
        new AnnotateCommand(),
        new EvalTokenizeCommand(),
        new IngestCommand(),
        new StatsCommand(),
        new ExportCommand(),
        new BenchCommand(),
        new EvalGeoCommand(),
        new EvalQuotesCommand(),
        new EvalRelationsCommand(),
        new TrainQuotesCommand(),
        new TrainRelationsCommand(),
        new EvalUdCommand(),
        new TrainClustersCommand(),
        new TrainTaggerCommand(),
        new TrainLemmatizerCommand(),
        new TrainParserCommand(),
        new EvalNerCommand(),
        new TrainNerCommand(),
        new TrainEventsCommand(),
        new EvalExampleCommand(),
        new EvalMuc4Command(),
        new TrainMuc4Command(),
        new EvalAcledCommand(),
        new EvalPloverCommand(),
        new EvalPetrarchCommand(),
        new ServeCommand(),
        new ReclusterCommand(),
        new WorkerCommand(),
        new QueueInitCommand(),
        new EvalClustersCommand(),
    ];
}
