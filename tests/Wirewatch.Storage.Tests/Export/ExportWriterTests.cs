using System.Text.Json;
using Wirewatch.Storage.Export;

namespace Wirewatch.Storage.Tests.Export;

public class ExportWriterTests
{
    [Fact]
    public void Acled_csv_has_acled_columns_and_conservative_values()
    {
        var (text, rows) = ExportRecords.Export("acled");
        var lines = text.TrimEnd('\n').Split('\n');
        Assert.Equal(2, rows);
        Assert.Equal(3, lines.Length);
        var header = lines[0].Split(',');
        foreach (var column in new[] { "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities" })
        {
            Assert.Contains(column, header);
        }

        var strike = Row(header, lines[1]);
        Assert.Equal("2015-02-16", strike["event_date"]);
        Assert.Equal("1", strike["time_precision"]);
        Assert.Equal("Political violence", strike["disorder_type"]);
        Assert.Equal("Air/drone strike", strike["sub_event_type"]);
        Assert.Equal("Egypt", strike["actor1"]);
        Assert.Equal("8", strike["inter1"]); // Egypt's military acting in Libya is an external force
        Assert.Equal("434", strike["iso"]);
        Assert.Equal("Libya", strike["country"]);
        Assert.Equal("3", strike["geo_precision"]); // our country precision 4 is ACLED's 3
        Assert.Equal("0", strike["fatalities"]);
        Assert.Equal("Egyptian jets pounded suspected militant sites in Libya on Monday.", strike["notes"]); // the event's sentence

        var attack = Row(header, lines[2]);
        Assert.Equal("3", attack["time_precision"]);
        Assert.Equal("9", attack["fatalities"]);
        Assert.Equal("Civilian targeting", attack["civilian_targeting"]);
        Assert.Equal("27", attack["interaction"]);
        Assert.Equal("hotel guests, \"mostly foreigners\"", attack["actor2"]);
        Assert.Contains("claimed by IS militants via social media; unverified", attack["notes"], StringComparison.Ordinal);
    }

    [Fact]
    public void Event_filters_select_by_country_type_and_actor()
    {
        Assert.Equal(2, ExportRecords.Export("acled", new EventFilter { Country = "lby" }).Rows);
        Assert.Equal(0, ExportRecords.Export("acled", new EventFilter { Country = "EGY" }).Rows);
        Assert.Equal(1, ExportRecords.Export("acled", new EventFilter { Type = "air/drone strike" }).Rows);
        Assert.Equal(2, ExportRecords.Export("acled", new EventFilter { Type = "ASSAULT" }).Rows);
        Assert.Equal(1, ExportRecords.Export("acled", new EventFilter { Actor = "islamic state" }).Rows);
        Assert.Equal(1, ExportRecords.Export("jsonl", new EventFilter { Actor = "Egypt" }).Rows);
        Assert.Equal(3, ExportRecords.Export("jsonl").Rows); // without filters every stored record is written as stored
    }

    [Fact]
    public void Plover_lines_follow_the_plover_fields()
    {
        var (text, rows) = ExportRecords.Export("plover");
        Assert.Equal(2, rows);
        var lines = text.TrimEnd('\n').Split('\n');
        using var first = JsonDocument.Parse(lines[0]);
        var e = first.RootElement;
        Assert.Equal("a1-1", e.GetProperty("id").GetString());
        Assert.Equal("2015-02-16", e.GetProperty("date").GetString());
        Assert.Equal("ASSAULT", e.GetProperty("event")[0].GetString());
        Assert.Equal("aerial", e.GetProperty("mode")[0].GetString());
        Assert.Equal("EGY", e.GetProperty("actor")[0].GetProperty("code").GetString());
        Assert.Equal("MIL", e.GetProperty("actor")[0].GetProperty("sector").GetString());
        Assert.Equal("Q79", e.GetProperty("actor")[0].GetProperty("identifier_id").GetString());
        Assert.Equal(1, e.GetProperty("event_loc").GetProperty("resolution").GetInt32());
        Assert.Equal(4, e.GetProperty("quad_code").GetInt32());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(9, second.RootElement.GetProperty("size").GetProperty("dead").GetInt32());
        Assert.Equal("2015-01-31", second.RootElement.GetProperty("enddate").GetString());
        Assert.Equal("claimed", second.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public void Geojson_is_a_feature_collection_with_longitude_first()
    {
        var (text, rows) = ExportRecords.Export("geojson");
        Assert.Equal(2, rows);
        using var doc = JsonDocument.Parse(text);
        Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
        var features = doc.RootElement.GetProperty("features");
        Assert.Equal(2, features.GetArrayLength());
        var tripoli = features[1].GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(13.18733, tripoli[0].GetDouble(), 5);
        Assert.Equal(32.88743, tripoli[1].GetDouble(), 5);
        Assert.Equal(9, features[1].GetProperty("properties").GetProperty("killed").GetInt32());
    }

    [Fact]
    public void Empty_export_is_still_valid_geojson()
    {
        using var stream = new MemoryStream();
        using (var writer = ExportFormats.Find("geojson")!.Create(stream, ExportOptions.Default))
        {
            writer.Complete();
        }

        using var doc = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(0, doc.RootElement.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public void Gtd_and_cameo_keep_the_events_their_format_covers()
    {
        var (gtd, gtdRows) = ExportRecords.Export("gtd");
        var gtdLines = gtd.TrimEnd('\n').Split('\n');
        Assert.Equal(2, gtdLines.Length); // header + the one event with a GTD attack type
        var header = gtdLines[0].Split(',');
        var row = Row(header, gtdLines[1]);
        Assert.Equal("2", row["attacktype1"]);
        Assert.Equal("1", row["targtype1"]);
        Assert.Equal("5", row["weaptype1"]);
        Assert.Equal("0", row["iday"]); // month precision: GTD's day 0
        Assert.Equal("1", row["imonth"]);
        Assert.Equal("1", row["claimed"]);
        Assert.Equal(1, gtdRows);

        var (cameo, _) = ExportRecords.Export("cameo");
        var cameoLines = cameo.TrimEnd('\n').Split('\n');
        Assert.Equal(3, cameoLines.Length);
        var fields = cameoLines[1].Split('\t');
        Assert.Equal("20150216", fields[1]);
        Assert.Equal("EGYMIL", fields[5]);
        Assert.Equal("195", fields[13]);
        Assert.Equal("19", fields[14]);
        Assert.Equal("4", fields[15]);
    }

    [Fact]
    public void Quotes_csv_lists_speakers_and_content()
    {
        var (text, rows) = ExportRecords.Export("quotes");
        Assert.Equal(1, rows);
        var lines = text.TrimEnd('\n').Split('\n');
        var row = Row(lines[0].Split(','), lines[1]);
        Assert.Equal("Geoff Porter", row["speaker"]);
        Assert.Equal("North Africa specialist", row["speaker_descriptor"]);
        Assert.Equal("You will end up with sporadic hits, like the attack", row["content"]);
        Assert.Equal("true", row["direct"]);
        Assert.Equal(0, ExportRecords.Export("quotes", new EventFilter { Actor = "Hassan" }).Rows);
    }

    [Fact]
    public void Quotes_csv_gives_the_phrase_a_relative_pronoun_stands_for()
    {
        var json = ExportRecords.LibyaRecord.Replace(
            "\"speaker\":{\"text\":\"Geoff Porter\",\"start\":200,\"end\":212,\"canonical\":\"Geoff Porter\"",
            "\"speaker\":{\"text\":\"who\",\"start\":200,\"end\":203,\"antecedent\":{\"start\":180,\"end\":189,\"text\":\"officials\"},\"canonical\":null",
            StringComparison.Ordinal);
        Assert.Contains("\"who\"", json, StringComparison.Ordinal);

        var (text, rows) = ExportRecords.Export("quotes", json);

        Assert.Equal(1, rows);
        var lines = text.TrimEnd('\n').Split('\n');
        Assert.Equal("officials", Row(lines[0].Split(','), lines[1])["speaker"]);
    }

    [Fact]
    public void Csv_fields_with_separators_and_quotes_are_escaped()
    {
        using var writer = new StringWriter();
        CsvLine.Write(writer, ["plain", "a,b", "say \"hi\"", null, "two\nlines"]);
        Assert.Equal("plain,\"a,b\",\"say \"\"hi\"\"\",,\"two\nlines\"\n", writer.ToString());
    }

    /// <summary>Splits one CSV line (RFC 4180 quoting) into named fields.</summary>
    private static Dictionary<string, string> Row(string[] header, string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        Assert.Equal(header.Length, fields.Count);
        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < header.Length; i++)
        {
            row[header[i]] = fields[i];
        }

        return row;
    }
}
