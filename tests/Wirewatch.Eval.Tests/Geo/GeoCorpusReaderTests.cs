using System.Text;
using Wirewatch.Core.Errors;
using Wirewatch.Eval.Geo;

namespace Wirewatch.Eval.Tests.Geo;

public class GeoCorpusReaderTests
{
    private const string Lgl = """
        <?xml version="1.0" encoding="utf-8"?>
        <articles>
          <article docid="1">
            <title>t</title>
            <text><![CDATA[Gunmen in Tripoli, Libya & elsewhere.]]></text>
            <toponyms>
              <toponym><phrase>Tripoli</phrase><start>10</start><end>17</end>
                <gaztag geonameid="2210247"><name>Tripoli</name><fclass>P</fclass><fcode>PPLC</fcode><lat>32.88743</lat><lon>13.18733</lon></gaztag>
              </toponym>
              <toponym><phrase>Libya</phrase><start>19</start><end>24</end></toponym>
              <toponym><phrase>Nowhere</phrase><start>30</start><end>90</end></toponym>
            </toponyms>
          </article>
          <article docid="2"><text>No places.</text><toponyms/></article>
        </articles>
        """;

    private const string Gwn = """
        <?xml version="1.0" ?>
        <articles>
          <article>
            <text>Irish pubs in Dublin.</text>
            <toponyms>
              <toponym><extractedName>Irish</extractedName><type>Non_Literal_Modifier</type><start>0</start><end>5</end>
                <geonamesID>2963597</geonamesID><latitude>53.0</latitude><longitude>-8.0</longitude></toponym>
              <toponym><extractedName>pubs</extractedName><type>Literal_Expression</type><start>6</start><end>10</end></toponym>
              <toponym><extractedName>Dublin</extractedName><start>14</start><end>20</end><geonamesID/><latitude>53.34</latitude><longitude>-6.26</longitude></toponym>
            </toponyms>
          </article>
        </articles>
        """;

    private const string GeoVirus = """
        <articles>
          <article>
            <source>https://example.org</source>
            <text>Cases in Pandi, Bulacan.</text>
            <locations>
              <location><name>Pandi</name><start>9</start><end>14</end><lat>14.87</lat><lon>120.95</lon><page>p</page></location>
              <location><name>Bulacan</name><start>16</start><end>23</end><lat>15</lat><lon>121.08</lon></location>
            </locations>
          </article>
        </articles>
        """;

    [Fact]
    public void Reads_lgl_and_tr_news()
    {
        var corpus = Read(Lgl);
        Assert.Equal(GeoCorpusFormat.Lgl, corpus.Format);
        Assert.Equal(2, corpus.Articles.Count);
        var a = corpus.Articles[0];
        Assert.Equal("Gunmen in Tripoli, Libya & elsewhere.", a.Text);
        Assert.Equal(2, a.Toponyms.Count); // the span past the text is left out and reported
        Assert.Single(corpus.SkippedSpans);
        Assert.Equal(new GeoPoint(32.88743, 13.18733, 2210247), a.Toponyms[0].Gold);
        Assert.Equal("Libya", a.Text[a.Toponyms[1].Start..a.Toponyms[1].End]);
        Assert.Null(a.Toponyms[1].Gold);
        Assert.Equal(1, corpus.Articles[1].Index);
        Assert.Empty(corpus.Articles[1].Toponyms);
    }

    [Fact]
    public void Reads_geowebnews()
    {
        var corpus = Read(Gwn);
        Assert.Equal(GeoCorpusFormat.GeoWebNews, corpus.Format);
        var t = corpus.Articles[0].Toponyms;
        Assert.Equal(3, t.Count);
        Assert.Equal(new GeoPoint(53.0, -8.0, 2963597), t[0].Gold);
        Assert.Null(t[1].Gold);
        Assert.Equal(new GeoPoint(53.34, -6.26, null), t[2].Gold);
        Assert.Equal("Dublin", t[2].Phrase);
    }

    [Fact]
    public void Reads_geovirus()
    {
        var corpus = Read(GeoVirus);
        Assert.Equal(GeoCorpusFormat.GeoVirus, corpus.Format);
        var t = corpus.Articles[0].Toponyms;
        Assert.Equal(["Pandi", "Bulacan"], t.Select(x => x.Phrase));
        Assert.Equal(new GeoPoint(15, 121.08), t[1].Gold);
    }

    [Fact]
    public void Rejects_broken_xml_and_missing_offsets()
    {
        Assert.Throws<InputRejectedException>(() => Read("<articles><article>"));
        Assert.Throws<InputRejectedException>(() => Read("<articles><article><text>x</text><toponyms><toponym><start>a</start><end>1</end></toponym></toponyms></article></articles>"));
    }

    private static GeoCorpus Read(string xml) => GeoCorpusReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "test.xml");
}
