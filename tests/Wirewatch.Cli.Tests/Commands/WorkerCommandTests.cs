namespace Wirewatch.Cli.Tests.Commands;

/// <summary>The distributed-mode commands refuse wrong usage before they connect to anything.</summary>
public sealed class WorkerCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => Cli.Run(args);

    [Fact]
    public void Worker_needs_a_PostgreSQL_store()
    {
        var (code, _, err) = Run("worker", "--queue", "nats://127.0.0.1:4222");
        Assert.Equal(2, code);
        Assert.Contains("--db is required", err, StringComparison.Ordinal);

        (code, _, err) = Run("worker", "--db", "news.db", "--queue", "nats://127.0.0.1:4222");
        Assert.Equal(2, code);
        Assert.Contains("needs a PostgreSQL store", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Worker_needs_a_queue_of_nats_servers()
    {
        var (code, _, err) = Run("worker", "--db", "postgres://u@127.0.0.1:1/db");
        Assert.Equal(2, code);
        Assert.Contains("--queue", err, StringComparison.Ordinal);

        (code, _, err) = Run("queue", "init", "--queue", "http://example.com");
        Assert.Equal(2, code);
        Assert.Contains("is not a NATS server", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Queue_options_are_checked()
    {
        var (code, _, err) = Run("queue", "init", "--queue", "nats://127.0.0.1:4222", "--namespace", "Bad_Name");
        Assert.Equal(2, code);
        Assert.Contains("--namespace", err, StringComparison.Ordinal);

        (code, _, err) = Run("queue", "init", "--queue", "nats://127.0.0.1:4222", "--ack-wait", "0");
        Assert.Equal(2, code);
        Assert.Contains("--ack-wait", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_to_a_queue_needs_the_workers_PostgreSQL_store()
    {
        var (code, _, err) = Run("ingest", ".", "--db", "news.db", "--queue", "nats://127.0.0.1:4222");
        Assert.Equal(2, code);
        Assert.Contains("needs a PostgreSQL store", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_names_every_distributed_option()
    {
        foreach (var (command, options) in new (string[] Command, string[] Options)[]
        {
            (["worker"], ["--db", "--queue", "--threads", "--ack-wait", "--max-deliver", "--namespace", "--no-cluster", "--pipeline-version"]),
            (["queue", "init"], ["--queue", "--ack-wait", "--max-deliver", "--replicas", "--namespace"]),
            (["ingest"], ["--queue", "--namespace"]),
        })
        {
            var (code, help, _) = Run([.. command, "--help"]);
            Assert.Equal(0, code);
            foreach (var option in options)
            {
                Assert.Contains(option, help, StringComparison.Ordinal);
            }
        }
    }
}
