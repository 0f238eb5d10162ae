using System.Text;
using Wirewatch.Ingest.Readers;

namespace Wirewatch.Ingest.Tests.Readers;

public class ArticleReadersTests
{
    [Theory]
    [InlineData("a.txt", "hello", "txt")]
    [InlineData("a.html", "hello", "html")]
    [InlineData("a.jsonl", "{}", "jsonl")]
    [InlineData("a.rss", "<rss/>", "feed")]
    [InlineData("a.xml", "<rss version='2.0'/>", "feed")]
    [InlineData("a.xml", "<!DOCTYPE html><html></html>", "html")]
    [InlineData("noext", "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'/>", "feed")]
    [InlineData("noext", "<html><body><p>x</p></body></html>", "html")]
    [InlineData("a.bin", "plain words", "txt")]
    public void Chooses_reader_by_extension_then_content(string name, string content, string format)
    {
        Assert.Equal(format, ArticleReaders.Choose(name, Encoding.UTF8.GetBytes(content)).Format);
    }
}
