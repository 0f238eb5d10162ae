using System.Diagnostics;
using System.Text;

namespace Wirewatch.Distributed.Tests;

/// <summary>
/// One run of the built wirewatch program (<c>dotnet wirewatch.dll ...</c>) with its output in files. Signals go to
/// its recorded process id only.
/// </summary>
internal sealed class WirewatchProcess : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _writer;

    private WirewatchProcess(Process process, StreamWriter writer, string name, string log)
    {
        _process = process;
        _writer = writer;
        Name = name;
        Log = log;
    }

    public string Name { get; }

    /// <summary>stdout and stderr, interleaved.</summary>
    public string Log { get; }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static WirewatchProcess Start(string program, string name, string logFolder, params string[] args)
    {
        var log = Path.Combine(logFolder, name + ".log");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = logFolder,
        };
        info.ArgumentList.Add(program);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_gcServer"] = "0";
        var process = new Process { StartInfo = info };
        var writer = new StreamWriter(log, append: false, Encoding.UTF8) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(writer, e.Data);
        process.ErrorDataReceived += (_, e) => Write(writer, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new WirewatchProcess(process, writer, name, log);
    }

    /// <summary>Runs to the end and returns the exit code; fails the test when it takes longer than <paramref name="limit"/>.</summary>
    public int WaitForExit(TimeSpan limit)
    {
        if (!_process.WaitForExit(limit))
        {
            Signal("KILL");
            throw new TimeoutException($"{Name} did not finish within {limit.TotalSeconds:0} s; log:\n{Tail()}");
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Sends a signal (KILL, STOP, CONT, TERM) to this process id.</summary>
    public void Signal(string signal) => SignalPid(Pid, signal);

    public static void SignalPid(int pid, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
        kill.WaitForExit();
    }

    public string Tail(int lines = 30)
    {
        try
        {
            var all = File.ReadAllLines(Log);
            return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
        }
        catch (IOException)
        {
            return "(no log)";
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Signal("KILL");
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        lock (_writer)
        {
            _writer.Dispose();
        }
    }

    private static void Write(StreamWriter writer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (writer)
        {
            try
            {
                writer.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // A last line after the test let go of the process.
            }
        }
    }
}
