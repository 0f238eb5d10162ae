using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Wirewatch.Core.Documents;
using Wirewatch.Core.Errors;
using Wirewatch.Core.Serialization;
using Wirewatch.Events.Attributes;

namespace Wirewatch.Events;

/// <summary>
/// Checks a coded document against an expected.json file, following its "matching" rules: an expected event is found
/// when one predicted event (each used once) has a type in <c>types</c>, the <c>mode</c> when given, an actor whose
/// text or canonical name matches <c>actor</c>, a recipient matching <c>recipient</c> when given, a location in
/// <c>country</c> (within <c>radiusKm</c> of <c>near</c> when given), a date range overlapping
/// [<c>dateFrom</c>, <c>dateTo</c>], <c>killed.value</c> equal to <c>killed</c> when given, and status claimed when
/// <c>claimed</c> is true. Quotes are read from the quotes layer's JSON (content text and speaker text, canonical or
/// descriptor). Predicted events that match no expected event are spurious.
/// </summary>
public static class ExpectationMatcher
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Reads an expected.json file.</summary>
    public static ExampleExpectations Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputRejectedException(path, "the expected.json file is missing");
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var root = json.RootElement;
            DateOnly? published = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
                ? DateOnly.ParseExact(p.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null;
            var events = new List<ExpectedEvent>();
            if (root.TryGetProperty("events", out var list))
            {
                foreach (var e in list.EnumerateArray())
                {
                    var types = new List<string>();
                    if (e.TryGetProperty("types", out var ts))
                    {
                        foreach (var t in ts.EnumerateArray())
                        {
                            types.Add(t.GetString() ?? string.Empty);
                        }
                    }

                    (double, double)? near = null;
                    if (e.TryGetProperty("near", out var n) && n.ValueKind == JsonValueKind.Array && n.GetArrayLength() == 2)
                    {
                        near = (n[0].GetDouble(), n[1].GetDouble());
                    }

                    events.Add(new ExpectedEvent
                    {
                        Id = Str(e, "id") ?? $"E{events.Count + 1}",
                        Required = e.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True,
                        What = Str(e, "what") ?? string.Empty,
                        Types = types,
                        Mode = Str(e, "mode"),
                        Actor = Str(e, "actor"),
                        Recipient = Str(e, "recipient"),
                        Country = Str(e, "country"),
                        Near = near,
                        RadiusKm = e.TryGetProperty("radiusKm", out var rk) ? rk.GetDouble() : 50,
                        DateFrom = Date(e, "dateFrom"),
                        DateTo = Date(e, "dateTo"),
                        Killed = e.TryGetProperty("killed", out var k) && k.ValueKind == JsonValueKind.Number ? k.GetInt32() : null,
                        Claimed = e.TryGetProperty("claimed", out var c) && c.ValueKind == JsonValueKind.True,
                    });
                }
            }

            var quotes = new List<ExpectedQuote>();
            if (root.TryGetProperty("quotes", out var qs))
            {
                foreach (var q in qs.EnumerateArray())
                {
                    quotes.Add(new ExpectedQuote(
                        Str(q, "id") ?? $"Q{quotes.Count + 1}",
                        q.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True,
                        Str(q, "speaker") ?? string.Empty,
                        Str(q, "contains") ?? string.Empty));
                }
            }

            return new ExampleExpectations(published, events, quotes);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            throw new InputRejectedException(path, $"not a valid expected.json ({ex.Message})", ex);
        }
    }

    /// <summary>Checks the events (and quotes, when the document has a quotes layer) of <paramref name="document"/>.</summary>
    public static ExpectationReport Match(ExampleExpectations expected, Document document)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(document);
        var predicted = document.Find<EventLayer>(LayerKind.Events)?.Events ?? [];
        var used = new bool[predicted.Count];
        var results = new List<ExpectationResult>();

        // Required events pick first, so an optional one cannot take the only match of a required one.
        var order = new List<ExpectedEvent>(expected.Events.Count);
        foreach (var e in expected.Events)
        {
            if (e.Required)
            {
                order.Add(e);
            }
        }

        foreach (var e in expected.Events)
        {
            if (!e.Required)
            {
                order.Add(e);
            }
        }

        // One-to-one assignment by augmenting paths (required events first, so optional ones never displace them).
        var candidates = new List<int>[order.Count];
        var failures = new string[order.Count];
        for (int k = 0; k < order.Count; k++)
        {
            candidates[k] = [];
            int bestScore = -1;
            failures[k] = "no predicted event of a listed type";
            for (int i = 0; i < predicted.Count; i++)
            {
                var (score, failure) = Check(order[k], predicted[i]);
                if (failure is null)
                {
                    candidates[k].Add(i);
                }
                else if (score > bestScore)
                {
                    bestScore = score;
                    failures[k] = $"closest: sentence {predicted[i].Sentence} '{Describe(document, predicted[i])}': {failure}";
                }
            }
        }

        var owner = new int[predicted.Count];
        Array.Fill(owner, -1);
        for (int k = 0; k < order.Count; k++)
        {
            Augment(k, candidates, owner, new bool[predicted.Count]);
        }

        var assigned = new int[order.Count];
        Array.Fill(assigned, -1);
        for (int i = 0; i < predicted.Count; i++)
        {
            if (owner[i] >= 0)
            {
                assigned[owner[i]] = i;
                used[i] = true;
            }
        }

        var byId = new Dictionary<string, ExpectationResult>(StringComparer.Ordinal);
        for (int k = 0; k < order.Count; k++)
        {
            var e = order[k];
            int m = assigned[k];
            byId[e.Id] = m >= 0
                ? new ExpectationResult(e.Id, e.Required, true, $"sentence {predicted[m].Sentence} '{Describe(document, predicted[m])}'")
                : new ExpectationResult(e.Id, e.Required, false, candidates[k].Count > 0 ? "its matches are taken by other expected events" : failures[k]);
        }

        foreach (var e in expected.Events)
        {
            results.Add(byId[e.Id]);
        }

        int spurious = 0;
        foreach (var u in used)
        {
            spurious += u ? 0 : 1;
        }

        return new ExpectationReport(results, MatchQuotes(expected, document), predicted.Count, spurious);
    }

    private static bool Augment(int k, List<int>[] candidates, int[] owner, bool[] seen)
    {
        foreach (int i in candidates[k])
        {
            if (seen[i])
            {
                continue;
            }

            seen[i] = true;
            if (owner[i] < 0 || Augment(owner[i], candidates, owner, seen))
            {
                owner[i] = k;
                return true;
            }
        }

        return false;
    }

    private static string Describe(Document document, CodedEvent e)
    {
        var sb = new StringBuilder();
        sb.Append(e.Type);
        if (e.Mode is not null)
        {
            sb.Append('/').Append(e.Mode);
        }

        sb.Append(' ').Append(document.Text.AsSpan(e.Trigger.Start, e.Trigger.Length));
        sb.Append(": ").Append(e.Actors.Count > 0 ? e.Actors[0].Text : "?").Append(" → ").Append(e.Recipients.Count > 0 ? e.Recipients[0].Text : "?");
        return sb.ToString();
    }

    // Returns how many checks passed and the first failed check (null when all pass).
    private static (int Score, string? Failure) Check(ExpectedEvent x, CodedEvent e)
    {
        bool typeOk = false;
        foreach (var t in x.Types)
        {
            typeOk |= t == e.Type;
        }

        if (!typeOk)
        {
            return (-1, $"type {e.Type}");
        }

        int score = 1;
        string? failure = null;
        void Fail(string why)
        {
            failure ??= why;
        }

        if (x.Mode is not null)
        {
            if (e.Mode == x.Mode)
            {
                score++;
            }
            else
            {
                Fail($"mode {e.Mode ?? "none"}, expected {x.Mode}");
            }
        }

        if (x.Actor is not null)
        {
            if (AnyMatches(x.Actor, e.Actors))
            {
                score++;
            }
            else
            {
                Fail($"no actor matches /{x.Actor}/");
            }
        }

        if (x.Recipient is not null)
        {
            if (AnyMatches(x.Recipient, e.Recipients))
            {
                score++;
            }
            else
            {
                Fail($"no recipient matches /{x.Recipient}/");
            }
        }

        if (x.Country is not null)
        {
            if (e.Location?.Place.CountryCode == x.Country)
            {
                score++;
            }
            else
            {
                Fail($"location {(e.Location is null ? "none" : e.Location.Place.Name + " (" + e.Location.Place.CountryCode + ")")}, expected {x.Country}");
            }
        }

        if (x.Near is { } near)
        {
            if (e.Location is { } loc && Kilometres(near.Lat, near.Lon, loc.Place.Latitude, loc.Place.Longitude) <= x.RadiusKm)
            {
                score++;
            }
            else
            {
                Fail($"location {e.Location?.Place.Name ?? "none"} is not within {x.RadiusKm} km of ({near.Lat}, {near.Lon})");
            }
        }

        if (x.DateFrom is not null || x.DateTo is not null)
        {
            var from = x.DateFrom ?? DateOnly.MinValue;
            var to = x.DateTo ?? DateOnly.MaxValue;
            if (e.Date is { } d && d.Value <= to && (d.EndValue ?? d.Value) >= from)
            {
                score++;
            }
            else
            {
                Fail(e.Date is null ? "no date" : $"date {FormatDate(e.Date)} outside {from:yyyy-MM-dd}..{to:yyyy-MM-dd}");
            }
        }

        if (x.Killed is int killed)
        {
            if (e.Counts.Killed?.Value == killed)
            {
                score++;
            }
            else
            {
                Fail($"killed {e.Counts.Killed?.Value?.ToString(CultureInfo.InvariantCulture) ?? "none"}, expected {killed}");
            }
        }

        if (x.Claimed)
        {
            if (e.Status == EventStatus.Claimed)
            {
                score++;
            }
            else
            {
                Fail($"status {EventLayer.StatusName(e.Status)}, expected claimed");
            }
        }

        return (score, failure);

        static string FormatDate(EventDate date) => date.EndValue is DateOnly end
            ? $"{date.Value:yyyy-MM-dd}..{end:yyyy-MM-dd}"
            : date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static bool AnyMatches(string pattern, IReadOnlyList<EventParticipant> participants)
    {
        foreach (var p in participants)
        {
            if (Regex.IsMatch(p.Text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeout)
                || (p.Canonical is not null && Regex.IsMatch(p.Canonical, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeout)))
            {
                return true;
            }
        }

        return false;
    }

    private static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371.0;
        double dLat = double.DegreesToRadians(lat2 - lat1);
        double dLon = double.DegreesToRadians(lon2 - lon1);
        double a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(double.DegreesToRadians(lat1)) * Math.Cos(double.DegreesToRadians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    // Quotes are read through the layer's JSON so that this check does not depend on the quote types.
    private static List<ExpectationResult>? MatchQuotes(ExampleExpectations expected, Document document)
    {
        if (document.Find<IAnnotationLayer>(LayerKind.Quotes) is not IJsonWritableLayer layer)
        {
            return null;
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            layer.WriteJsonValue(writer, document);
        }

        using var json = JsonDocument.Parse(stream.ToArray());
        var quotes = new List<(string Content, List<string> Speaker)>();
        if (json.RootElement.ValueKind == JsonValueKind.Array)
        {
            foreach (var q in json.RootElement.EnumerateArray())
            {
                string content = q.TryGetProperty("content", out var c) ? (c.ValueKind == JsonValueKind.Object ? Str(c, "text") : c.ValueKind == JsonValueKind.String ? c.GetString() : null) ?? string.Empty : string.Empty;
                var speaker = new List<string>();
                if (q.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.Object)
                {
                    foreach (var name in (string[])["text", "canonical", "descriptor"])
                    {
                        if (Str(s, name) is { } v)
                        {
                            speaker.Add(v);
                        }
                    }
                }

                quotes.Add((content, speaker));
            }
        }

        var results = new List<ExpectationResult>();
        foreach (var x in expected.Quotes)
        {
            bool contentSeen = false;
            string? found = null;
            foreach (var (content, speaker) in quotes)
            {
                if (!content.Contains(x.Contains, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                contentSeen = true;
                foreach (var s in speaker)
                {
                    if (Regex.IsMatch(s, x.Speaker, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeout))
                    {
                        found = s;
                        break;
                    }
                }

                if (found is not null)
                {
                    break;
                }
            }

            results.Add(new ExpectationResult(x.Id, x.Required, found is not null,
                found is not null ? $"speaker '{found}'" : contentSeen ? $"content found, but no speaker matches /{x.Speaker}/" : "no quote contains the words"));
        }

        return results;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static DateOnly? Date(JsonElement e, string name) =>
        Str(e, name) is { } s ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
}
