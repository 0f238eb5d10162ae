using Wirewatch.Core.Documents;
using Wirewatch.Core.Errors;
using Wirewatch.Core.Serialization;

namespace Wirewatch.Core.Tests.Documents;

public class DocumentTests
{
    private static Document Tokenized(string text, int[] starts, int[] ends, int[] sentenceBoundaries)
    {
        var doc = new Document(text).With(new TokenLayer(starts, ends, text.Length));
        return doc.With(new SentenceLayer(sentenceBoundaries, starts.Length));
    }

    [Fact]
    public void Tokens_are_views_over_the_original_text()
    {
        var doc = Tokenized("IS struck Derna.", [0, 3, 10, 15], [2, 9, 15, 16], [0, 4]);
        Assert.Equal(4, doc.TokenCount);
        Assert.Equal("struck", doc.Token(1).Text);
        Assert.True(doc.Token(2).Chars.SequenceEqual("Derna"));
        Assert.False(doc.Token(2).SpaceAfter);
        Assert.True(doc.Token(3).SpaceAfter);
        Assert.Equal("IS struck Derna.", doc.Sentence(0).Text);
    }

    [Fact]
    public void A_layer_can_be_set_only_once()
    {
        var doc = new Document("a b").With(new TokenLayer([0, 2], [1, 3], 3));
        Assert.Throws<LayerConflictException>(() => doc.With(new TokenLayer([0], [1], 3)));
    }

    [Fact]
    public void Adding_a_layer_leaves_the_original_document_unchanged()
    {
        var bare = new Document("a b");
        var tokenized = bare.With(new TokenLayer([0, 2], [1, 3], 3));
        Assert.False(bare.Has(LayerKind.Tokens));
        Assert.True(tokenized.Has(LayerKind.Tokens));
        Assert.Same(bare.Text, tokenized.Text);
    }

    [Fact]
    public void Layers_other_than_tokens_need_tokens_first()
    {
        Assert.Throws<LayerConflictException>(() => new Document("a").With(new LemmaLayer(["a"])));
    }

    [Fact]
    public void Reading_a_missing_layer_names_it()
    {
        var doc = new Document("a").With(new TokenLayer([0], [1], 1));
        var ex = Assert.Throws<LayerConflictException>(() => doc.Token(0).Upos);
        Assert.Contains("Tags", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 0, 2 }, new[] { 3, 4 })] // overlapping
    [InlineData(new[] { 0 }, new[] { 0 })] // empty
    [InlineData(new[] { 0 }, new[] { 9 })] // beyond the text
    public void Invalid_token_offsets_are_rejected(int[] starts, int[] ends)
    {
        Assert.Throws<LayerConflictException>(() => new TokenLayer(starts, ends, 5));
    }

    [Fact]
    public void Sentence_of_token_finds_the_enclosing_sentence()
    {
        var layer = new SentenceLayer([0, 3, 5], 5);
        Assert.Equal(0, layer.SentenceOf(0));
        Assert.Equal(0, layer.SentenceOf(2));
        Assert.Equal(1, layer.SentenceOf(3));
        Assert.Equal(1, layer.SentenceOf(4));
    }

    [Fact]
    public void Dependency_layer_rejects_self_loops()
    {
        Assert.Throws<LayerConflictException>(() => new DependencyLayer([0], ["root"]));
    }

    [Fact]
    public void Dependency_layer_lists_children_in_token_order()
    {
        // "Jets pounded sites in Libya": pounded is the root; Jets and sites hang on it, Libya on sites, in on Libya.
        var deps = new DependencyLayer([1, -1, 1, 4, 2], ["nsubj", "root", "obj", "case", "nmod"]);
        Assert.Equal([0, 2], deps.Children(1).ToArray());
        Assert.Equal([4], deps.Children(2).ToArray());
        Assert.Equal([3], deps.Children(4).ToArray());
        Assert.True(deps.Children(0).IsEmpty);
        Assert.True(deps.Children(3).IsEmpty);
    }

    [Fact]
    public void Json_record_uses_design_field_names_and_spans()
    {
        var meta = new ArticleMetadata { Id = "x1", Published = new DateOnly(2015, 2, 18), Language = "en" };
        var text = "Hi \"you\".";
        var doc = new Document(text, meta).With(new TokenLayer([0, 3, 4, 7, 8], [2, 4, 7, 8, 9], text.Length));
        doc = doc.With(new SentenceLayer([0, 5], 5));
        var json = DocumentJsonWriter.ToJson(doc);
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        var root = parsed.RootElement;
        Assert.Equal("2015-02-18", root.GetProperty("published").GetString());
        Assert.Equal(text, root.GetProperty("text").GetString());
        var token = root.GetProperty("tokens")[1];
        Assert.Equal(3, token.GetProperty("start").GetInt32());
        Assert.Equal(4, token.GetProperty("end").GetInt32());
        Assert.Equal("\"", token.GetProperty("text").GetString());
        Assert.Equal(text, root.GetProperty("sentences")[0].GetProperty("text").GetString());
    }
}
