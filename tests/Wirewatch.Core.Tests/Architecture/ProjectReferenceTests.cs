using System.Xml.Linq;
using Wirewatch.Core.IO;

namespace Wirewatch.Core.Tests.Architecture;

/// <summary>The dependency rules of CONVENTIONS.md, written as a test: libraries depend on Core and little else.</summary>
public class ProjectReferenceTests
{
    // Which src projects each src project may reference. A new project must be added here on purpose.
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Wirewatch.Core"] = [],
        ["Wirewatch.Text"] = ["Wirewatch.Core"],
        ["Wirewatch.Models"] = ["Wirewatch.Core"],
        ["Wirewatch.Geo"] = ["Wirewatch.Core"],
        ["Wirewatch.Eval"] = ["Wirewatch.Core"],
        ["Wirewatch.Events"] = ["Wirewatch.Core", "Wirewatch.Text", "Wirewatch.Models", "Wirewatch.Geo", "Wirewatch.Actors", "Wirewatch.Entities"],
        ["Wirewatch.Storage"] = ["Wirewatch.Core"],
        ["Wirewatch.Server"] = ["Wirewatch.Core", "Wirewatch.Storage"],
        ["Wirewatch.Ingest"] = ["Wirewatch.Core", "Wirewatch.Text"],
        ["Wirewatch.Actors"] = ["Wirewatch.Core"],
        ["Wirewatch.Entities"] = ["Wirewatch.Core", "Wirewatch.Text", "Wirewatch.Models", "Wirewatch.Actors", "Wirewatch.Geo"],
        ["Wirewatch.Queue"] = ["Wirewatch.Core", "Wirewatch.Ingest", "Wirewatch.Storage"],
        ["Wirewatch.Queue.Nats"] = ["Wirewatch.Queue"],
    };

    private static readonly string[] GlueProjects = ["Wirewatch.Cli"];

    private static string Root =>
        DataDirectory.FindRepositoryRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Repository root not found.");

    public static TheoryData<string> SourceProjects()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(Root, "src")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void Source_projects_reference_only_what_their_layer_allows(string project)
    {
        var csproj = XDocument.Load(Path.Combine(Root, "src", project, project + ".csproj"));
        var references = csproj.Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
        foreach (var include in csproj.Descendants("ProjectReference").Select(e => e.Attribute("Include")!.Value.Replace('\\', '/')))
        {
            Assert.DoesNotContain("/tools/", "/" + include, StringComparison.Ordinal);
            Assert.DoesNotContain("/tests/", "/" + include, StringComparison.Ordinal);
        }

        if (Array.IndexOf(GlueProjects, project) >= 0)
        {
            Assert.DoesNotContain(references, r => Array.IndexOf(GlueProjects, r) >= 0);
            return;
        }

        Assert.True(Allowed.TryGetValue(project, out var allowed), $"{project} is not in the dependency table; add it with the projects it may use.");
        foreach (var reference in references)
        {
            Assert.True(Array.IndexOf(allowed!, reference) >= 0, $"{project} must not reference {reference}.");
        }
    }

    [Fact]
    public void Core_has_no_package_dependencies()
    {
        var csproj = XDocument.Load(Path.Combine(Root, "src", "Wirewatch.Core", "Wirewatch.Core.csproj"));
        Assert.Empty(csproj.Descendants("PackageReference"));
        Assert.Empty(csproj.Descendants("ProjectReference"));
    }
}
