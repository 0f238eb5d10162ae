using Wirewatch.Core.Errors;
using Wirewatch.Eval.Relations;

namespace Wirewatch.Eval.Tests.Relations;

public sealed class Re3dRelationCorpusTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ww-re3d-" + Guid.NewGuid().ToString("N"));

    public Re3dRelationCorpusTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "B"));
        Directory.CreateDirectory(Path.Combine(_root, "A"));
        File.WriteAllLines(Path.Combine(_root, "A", "documents.json"),
        [
            """{ "_id" : "z2", "text" : "Second text." }""",
            """{ "_id" : "a1", "text" : "Daesh fighters in Raqqa use chemical weapons." }""",
        ]);
        File.WriteAllLines(Path.Combine(_root, "A", "entities.json"),
        [
            """{ "begin" : 0, "end" : 5, "type" : "Organisation", "documentId" : "a1", "confidence" : 1 }""",
            """{ "begin" : 18, "end" : 23, "type" : "Location", "documentId" : "a1", "confidence" : 1 }""",
            """{ "begin" : 28, "end" : 44, "type" : "Weapon", "documentId" : "a1", "confidence" : 1 }""",
        ]);
        File.WriteAllLines(Path.Combine(_root, "A", "relations.json"),
        [
            """{ "sourceBegin" : 0, "sourceEnd" : 14, "targetBegin" : 18, "targetEnd" : 23, "type" : "CoLocated", "documentId" : "a1", "confidence" : 1 }""",
            """{ "sourceBegin" : 28, "sourceEnd" : 44, "targetBegin" : 0, "targetEnd" : 5, "type" : "BelongsTo", "documentId" : "a1", "confidence" : 1 }""",
            """{ "sourceBegin" : 0, "sourceEnd" : 5, "targetBegin" : 18, "targetEnd" : 23, "type" : "InChargeOf", "documentId" : "a1", "confidence" : 0.3 }""",
        ]);
        File.WriteAllLines(Path.Combine(_root, "B", "documents.json"), ["""{ "_id" : "m", "text" : "Third." }"""]);
    }

    [Fact]
    public void Documents_are_numbered_by_folder_then_id()
    {
        var docs = Re3dRelationCorpus.ReadDocuments(_root);

        Assert.Equal(["A/a1", "A/z2", "B/m"], docs.Select(d => d.Id));
        Assert.Equal([0, 1, 2], docs.Select(d => d.Index));
        Assert.StartsWith("Daesh fighters", docs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Gold_keeps_confident_relations_between_names_only()
    {
        var gold = Re3dRelationCorpus.ReadGold(_root);

        var relation = Assert.Single(gold["A/a1"]);
        Assert.Equal(new GoldRelation("CoLocated", 0, 14, 18, 23), relation);
        Assert.False(gold.ContainsKey("B/m"));
    }

    [Fact]
    public void Gold_of_documents_not_kept_is_not_read()
    {
        var gold = Re3dRelationCorpus.ReadGold(_root, new HashSet<string>(StringComparer.Ordinal) { "A/z2" });

        Assert.Empty(gold);
        Assert.Single(Re3dRelationCorpus.ReadGold(_root, new HashSet<string>(StringComparer.Ordinal) { "A/a1" })["A/a1"]);
    }

    [Fact]
    public void A_folder_without_the_layout_is_refused_with_its_name()
    {
        var empty = Path.Combine(_root, "empty");
        Directory.CreateDirectory(Path.Combine(empty, "x"));

        var error = Assert.Throws<InputRejectedException>(() => Re3dRelationCorpus.ReadDocuments(empty));
        Assert.Contains("documents.json", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
