using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Wirewatch.Actors;
using Wirewatch.ActorImporter;
using Wirewatch.Core.IO;

// Converts PETRARCH-2's Phoenix dictionaries into data/actors/*.tsv and writes data/actors/manifest.json.
// Deterministic: the same input files give byte-identical output. Our curated files are read, checked and listed
// first in the manifest (they win over the imports), never rewritten.
var options = ParseArgs(args);
var petrarch = options.GetValueOrDefault("--petrarch") ?? Path.Combine(DataDirectory.ResolveShared(), "petrarch2");
var output = options.GetValueOrDefault("--out") ?? Path.Combine(DataDirectory.FindRepositoryRoot(Directory.GetCurrentDirectory()) ?? ".", "data", "actors");
Directory.CreateDirectory(output);

var countriesPath = Path.Combine(petrarch, "Phoenix.Countries.actors.txt");
var countries = TabariActorReader.Read(File.ReadLines(countriesPath, Encoding.UTF8));

// ISO alpha-3 codes: the bare three-letter codes of the country entries.
var iso = new HashSet<string>(StringComparer.Ordinal);
foreach (var actor in countries)
{
    if (actor.Codes.Count == 1 && actor.Codes[0].Code.Length == 3 && actor.Codes[0].From is null && actor.Codes[0].To is null)
    {
        iso.Add(actor.Codes[0].Code);
    }
}

bool IsCountry(string code) => iso.Contains(code);
var usedIds = new HashSet<string>(StringComparer.Ordinal);
var curatedActors = Path.Combine(output, "curated.tsv");
var curatedAgents = Path.Combine(output, "agents-curated.tsv");
foreach (var entry in ActorFileFormat.ReadFile(curatedActors))
{
    if (!usedIds.Add(entry.Id))
    {
        throw new ActorDataException(curatedActors, 0, $"the id '{entry.Id}' appears twice.");
    }
}

_ = AgentFileFormat.ReadFile(curatedAgents);

var files = new List<(string File, string Source, string Licence, int Count)>
{
    ("curated.tsv", "written for this project", "CC BY 4.0 (Wirewatch contributors)", ActorFileFormat.ReadFile(curatedActors).Count),
};

void WriteActors(string file, string source, PhoenixFile kind, List<TabariActor> actors)
{
    var entries = ActorConverter.Convert(actors, kind, file, IsCountry, usedIds);
    var text = new StringBuilder();
    text.Append("# Imported by tools/Wirewatch.ActorImporter from PETRARCH-2 ").Append(source).Append(" (MIT, Open Event Data Alliance). Do not edit; add to curated.tsv.\n");
    text.Append(ActorFileFormat.Header).Append('\n');
    foreach (var entry in entries)
    {
        text.Append(ActorFileFormat.Format(entry)).Append('\n');
    }

    File.WriteAllText(Path.Combine(output, file), text.ToString(), new UTF8Encoding(false));
    files.Add((file, "PETRARCH-2 " + source, "MIT (Open Event Data Alliance)", entries.Count));
    Console.Error.WriteLine($"{file}: {entries.Count} actors");
}

WriteActors("phoenix-international.tsv", "Phoenix.International.actors.txt", PhoenixFile.International, TabariActorReader.Read(File.ReadLines(Path.Combine(petrarch, "Phoenix.International.actors.txt"), Encoding.UTF8)));
WriteActors("phoenix-nonstate.tsv", "Phoenix.MilNonState.actors.txt", PhoenixFile.NonState, TabariActorReader.Read(File.ReadLines(Path.Combine(petrarch, "Phoenix.MilNonState.actors.txt"), Encoding.UTF8)));
WriteActors("phoenix-countries.tsv", "Phoenix.Countries.actors.txt", PhoenixFile.Countries, countries);

var agents = TabariAgentReader.Read(File.ReadLines(Path.Combine(petrarch, "Phoenix.agents.txt"), Encoding.UTF8));
var agentText = new StringBuilder();
agentText.Append("# Imported by tools/Wirewatch.ActorImporter from PETRARCH-2 Phoenix.agents.txt (MIT, Open Event Data Alliance), plurals expanded. Do not edit; add to agents-curated.tsv.\n");
agentText.Append(AgentFileFormat.Header).Append('\n');
foreach (var agent in agents)
{
    agentText.Append(AgentFileFormat.Format(agent)).Append('\n');
}

File.WriteAllText(Path.Combine(output, "phoenix-agents.tsv"), agentText.ToString(), new UTF8Encoding(false));
Console.Error.WriteLine($"phoenix-agents.tsv: {agents.Count} agent nouns");

var agentFiles = new List<(string File, string Source, string Licence, int Count)>
{
    ("agents-curated.tsv", "written for this project", "CC BY 4.0 (Wirewatch contributors)", AgentFileFormat.ReadFile(curatedAgents).Count),
    ("phoenix-agents.tsv", "PETRARCH-2 Phoenix.agents.txt", "MIT (Open Event Data Alliance)", agents.Count),
};

using var stream = new MemoryStream();
using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
{
    writer.WriteStartObject();
    writer.WriteString("name", "wirewatch-actors");
    writer.WriteString("version", "1.0.0");
    writer.WriteString("format", "actors.tsv.v1: id kind name country sector qid roles aliases; agents.tsv.v1: noun sector code");
    writer.WriteString("command", "dotnet run --project tools/Wirewatch.ActorImporter -c Release [-- --petrarch DIR --out DIR]");
    writer.WriteString("priority", "files are read in the order listed; for a name shared by several actors the earlier file wins");
    WriteList(writer, "actors", files, output);
    WriteList(writer, "agents", agentFiles, output);
    writer.WriteEndObject();
}

File.WriteAllText(Path.Combine(output, "manifest.json"), Encoding.UTF8.GetString(stream.ToArray()) + "\n", new UTF8Encoding(false));
Console.Error.WriteLine($"wrote {output}/manifest.json");
return 0;

static void WriteList(Utf8JsonWriter writer, string name, List<(string File, string Source, string Licence, int Count)> list, string folder)
{
    writer.WriteStartArray(name);
    foreach (var (file, source, licence, count) in list)
    {
        writer.WriteStartObject();
        writer.WriteString("file", file);
        writer.WriteString("source", source);
        writer.WriteString("licence", licence);
        writer.WriteNumber("entries", count);
        writer.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, file)))));
        writer.WriteEndObject();
    }

    writer.WriteEndArray();
}

static Dictionary<string, string> ParseArgs(string[] args)
{
    var result = new Dictionary<string, string>(StringComparer.Ordinal);
    for (int i = 0; i + 1 < args.Length; i += 2)
    {
        result[args[i]] = args[i + 1];
    }

    return result;
}
