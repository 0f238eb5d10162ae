using System.Text.Json;
using Wirewatch.Core.Errors;

namespace Wirewatch.Eval.Relations;

/// <summary>
/// Reads re3d (Dstl) for relation scoring: one folder per source with <c>documents.json</c>, <c>entities.json</c> and
/// <c>relations.json</c> as JSON lines. Texts come from the documents alone; the gold side keeps the relations whose
/// confidence is at least one half and whose two arguments each overlap an annotated name (Person, Organisation,
/// Location or Nationality), so that relations to weapons, numbers or events ("chemical weapons" BelongsTo "Daesh")
/// are not counted against an extractor of relations between actors.
/// </summary>
public static class Re3dRelationCorpus
{
    private static readonly HashSet<string> NameTypes = new(StringComparer.Ordinal) { "Person", "Organisation", "Location", "Nationality" };

    /// <summary>The documents of every source folder under <paramref name="root"/> in corpus order (folders by name, documents by id).</summary>
    public static List<Re3dDocument> ReadDocuments(string root)
    {
        var result = new List<Re3dDocument>();
        foreach (var folder in Folders(root))
        {
            var docs = new List<(string Id, string Text)>();
            foreach (var json in Lines(Path.Combine(folder, "documents.json")))
            {
                var e = json.RootElement;
                docs.Add((Text(e, "_id", folder), Text(e, "text", folder)));
            }

            docs.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            foreach (var (id, text) in docs)
            {
                result.Add(new Re3dDocument(Path.GetFileName(folder) + "/" + id, result.Count, text));
            }
        }

        return result;
    }

    /// <summary>Gold relations by document id ("folder/_id"), between annotated names only (see the class remarks).</summary>
    /// <param name="root">The re3d folder.</param>
    /// <param name="keep">The documents whose gold is read (by id); null: all. Training passes its fold's ids, so that
    /// the other fold's answers are never even loaded.</param>
    public static Dictionary<string, List<GoldRelation>> ReadGold(string root, IReadOnlySet<string>? keep = null)
    {
        var result = new Dictionary<string, List<GoldRelation>>(StringComparer.Ordinal);
        foreach (var folder in Folders(root))
        {
            var prefix = Path.GetFileName(folder) + "/";
            var names = new Dictionary<string, List<(int Begin, int End)>>(StringComparer.Ordinal);
            var entitiesPath = Path.Combine(folder, "entities.json");
            if (File.Exists(entitiesPath))
            {
                foreach (var json in Lines(entitiesPath))
                {
                    var e = json.RootElement;
                    if (!NameTypes.Contains(Text(e, "type", folder)) || Confidence(e) < 0.5)
                    {
                        continue;
                    }

                    var doc = prefix + Text(e, "documentId", folder);
                    if (keep is not null && !keep.Contains(doc))
                    {
                        continue;
                    }

                    if (!names.TryGetValue(doc, out var list))
                    {
                        names[doc] = list = [];
                    }

                    list.Add((e.GetProperty("begin").GetInt32(), e.GetProperty("end").GetInt32()));
                }
            }

            var relationsPath = Path.Combine(folder, "relations.json");
            if (!File.Exists(relationsPath))
            {
                continue;
            }

            foreach (var json in Lines(relationsPath))
            {
                var e = json.RootElement;
                var doc = prefix + Text(e, "documentId", folder);
                if (Confidence(e) < 0.5 || (keep is not null && !keep.Contains(doc)))
                {
                    continue;
                }

                var relation = new GoldRelation(Text(e, "type", folder),
                    e.GetProperty("sourceBegin").GetInt32(), e.GetProperty("sourceEnd").GetInt32(),
                    e.GetProperty("targetBegin").GetInt32(), e.GetProperty("targetEnd").GetInt32());
                var docNames = names.GetValueOrDefault(doc);
                if (docNames is null || !Overlaps(docNames, relation.SourceStart, relation.SourceEnd) || !Overlaps(docNames, relation.TargetStart, relation.TargetEnd))
                {
                    continue;
                }

                if (!result.TryGetValue(doc, out var list))
                {
                    result[doc] = list = [];
                }

                list.Add(relation);
            }
        }

        return result;
    }

    private static bool Overlaps(List<(int Begin, int End)> spans, int start, int end)
    {
        foreach (var (b, e) in spans)
        {
            if (b < end && start < e)
            {
                return true;
            }
        }

        return false;
    }

    private static double Confidence(JsonElement e) => e.TryGetProperty("confidence", out var c) ? c.GetDouble() : 1.0;

    private static string Text(JsonElement e, string name, string folder) =>
        e.TryGetProperty(name, out var v) && v.GetString() is { } s ? s : throw new InputRejectedException(folder, $"a line lacks the text field '{name}'");

    private static IEnumerable<string> Folders(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (!Directory.Exists(root))
        {
            throw new InputRejectedException(root, "the re3d folder is missing");
        }

        var folders = Directory.GetDirectories(root);
        Array.Sort(folders, StringComparer.Ordinal);
        bool any = false;
        foreach (var folder in folders)
        {
            if (File.Exists(Path.Combine(folder, "documents.json")))
            {
                any = true;
                yield return folder;
            }
        }

        if (!any)
        {
            throw new InputRejectedException(root, "no sub-folder has a documents.json (expected the re3d layout: one folder per source)");
        }
    }

    private static IEnumerable<JsonDocument> Lines(string path)
    {
        int number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(line);
            }
            catch (JsonException ex)
            {
                throw new InputRejectedException(path, $"line {number} is not JSON ({ex.Message})");
            }

            using (json)
            {
                yield return json;
            }
        }
    }
}
