using System.Reflection;
using Wirewatch.Core.Serialization;

namespace Wirewatch.Cli;

/// <summary>The program's version line.</summary>
internal static class VersionInfo
{
    public static string Line
    {
        get
        {
            var assembly = typeof(VersionInfo).Assembly;
            var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString() ?? "0";
            int plus = version.IndexOf('+', StringComparison.Ordinal);
            if (plus > 0)
            {
                version = version[..plus];
            }

            return $"wirewatch {version} (record format {DocumentJsonWriter.FormatVersion}, .NET {Environment.Version})";
        }
    }
}
