using System.Text;
using Wirewatch.Geo.Gazetteer;
using Wirewatch.Geo.Places;
using Wirewatch.Geo.Recognition;

namespace Wirewatch.Geo.Resolution;

/// <summary>
/// Chooses one gazetteer entry per toponym with a linear score: population and feature type (the
/// prior), the article's other names pointing into the same country or division, "X, Y" and "X in Y"
/// patterns, the dateline, and closeness to the article's other places. A name keeps one sense within
/// an article, so all mentions of "Tripoli" share their evidence and their answer.
/// Immutable and thread-safe.
/// </summary>
public sealed class ToponymResolver
{
    private readonly IGazetteer _gazetteer;
    private readonly ResolverWeights _weights;

    public ToponymResolver(IGazetteer gazetteer, ResolverWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        _weights = weights ?? ResolverWeights.Default;
    }

    public ResolverWeights Weights => _weights;

    /// <summary>One result per mention, in order; null where the mention has no candidate.</summary>
    public PlaceMention?[] Resolve(string text, IReadOnlyList<ToponymMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var (groups, groupOf) = Group(mentions);
        foreach (var g in groups)
        {
            for (int c = 0; c < g.Candidates.Length; c++)
            {
                g.Prior[c] = Prior(g.Candidates[c]);
            }
        }

        FindPatterns(text, mentions, groups, groupOf);
        var countryMass = new Dictionary<int, double>();
        var admin1Mass = new Dictionary<int, double>();
        foreach (var g in groups)
        {
            Distribute(g, countryMass, admin1Mass);
        }

        // Pass 1 without coherence, pass 2 with the distances to pass 1's choices.
        Score(groups, countryMass, admin1Mass, coherence: false);
        Score(groups, countryMass, admin1Mass, coherence: true);

        var result = new PlaceMention?[mentions.Count];
        for (int i = 0; i < mentions.Count; i++)
        {
            var g = groups[groupOf[i]];
            if (g.Chosen >= 0)
            {
                result[i] = Build(text, mentions[i], g);
            }
        }

        return result;
    }

    private sealed class MentionGroup(string key, NameCandidate[] candidates)
    {
        public string Key { get; } = key;

        public List<int> Mentions { get; } = [];

        public NameCandidate[] Candidates { get; } = candidates;

        public double[] Prior { get; } = new double[candidates.Length];

        public double[] Total { get; } = new double[candidates.Length];

        public double[,] Parts { get; } = new double[candidates.Length, 5];

        public HashSet<int> PatternSupport { get; } = [];

        public bool Dateline { get; set; }

        public int Chosen { get; set; } = -1;

        public double Margin { get; set; }

        /// <summary>Mass this group itself adds to each country and division, to leave it out of its own context.</summary>
        public Dictionary<int, double> OwnCountry { get; } = [];

        public Dictionary<int, double> OwnAdmin1 { get; } = [];
    }

    private const int PartPrior = 0, PartCountry = 1, PartAdmin1 = 2, PartPattern = 3, PartCoherence = 4;

    private static (List<MentionGroup> Groups, int[] GroupOf) Group(IReadOnlyList<ToponymMention> mentions)
    {
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new List<MentionGroup>();
        var groupOf = new int[mentions.Count];
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!byKey.TryGetValue(m.Key, out int index))
            {
                var union = new List<NameCandidate>();
                var seen = new HashSet<int>();
                for (int j = i; j < mentions.Count; j++)
                {
                    if (mentions[j].Key == m.Key)
                    {
                        foreach (var c in mentions[j].Candidates)
                        {
                            if (seen.Add(c.Entry))
                            {
                                union.Add(c);
                            }
                        }
                    }
                }

                index = groups.Count;
                byKey[m.Key] = index;
                groups.Add(new MentionGroup(m.Key, [.. union]));
            }

            groupOf[i] = index;
            groups[index].Mentions.Add(i);
            groups[index].Dateline |= m.IsDateline;
        }

        return (groups, groupOf);
    }

    private double Prior(NameCandidate candidate)
    {
        var e = _gazetteer[candidate.Entry];
        var w = _weights;
        double s = w.Population * Math.Log10(1 + e.Population);
        s += e.Kind switch
        {
            PlaceKind.Country => w.Country,
            PlaceKind.Continent => w.Continent,
            PlaceKind.Region or PlaceKind.Water => w.Region,
            PlaceKind.Facility => w.Facility,
            PlaceKind.Admin1 => w.Admin1,
            PlaceKind.Admin2 => w.Admin2,
            _ => e.FeatureCode switch
            {
                "PPLC" => w.Capital,
                "PPLA" => w.Admin1Seat,
                "PPLA2" => w.Admin2Seat,
                "PPLA3" or "PPLA4" or "PPLA5" => w.MinorSeat,
                "PPLX" => w.Section,
                _ => 0,
            },
        };
        if (candidate.Kind == NameKind.Alternate)
        {
            s += w.AlternateName;
        }

        return s;
    }

    private void FindPatterns(string text, IReadOnlyList<ToponymMention> mentions, List<MentionGroup> groups, int[] groupOf)
    {
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            var a = mentions[i];
            var b = mentions[i + 1];
            if (!IsContainerGap(text, a.End, b.Start))
            {
                continue;
            }

            var ga = groups[groupOf[i]];
            var gb = groups[groupOf[i + 1]];
            if (ga == gb)
            {
                continue;
            }

            foreach (var ca in ga.Candidates)
            {
                var ea = _gazetteer[ca.Entry];
                foreach (var cb in gb.Candidates)
                {
                    var eb = _gazetteer[cb.Entry];
                    bool holds = eb.Kind switch
                    {
                        PlaceKind.Country => ea.Kind != PlaceKind.Country && ea.CountryIndex == eb.CountryIndex && ea.CountryIndex >= 0,
                        PlaceKind.Admin1 => ea.Admin1Entry == cb.Entry,
                        _ => false,
                    };
                    if (holds)
                    {
                        ga.PatternSupport.Add(ca.Entry);
                        gb.PatternSupport.Add(cb.Entry);
                    }
                }
            }
        }
    }

    // ", " or " in " between two names: the second holds the first.
    private static bool IsContainerGap(string text, int from, int to)
    {
        var gap = text.AsSpan(from, Math.Max(0, to - from)).Trim();
        return gap is "," || gap.Equals("in", StringComparison.OrdinalIgnoreCase);
    }

    private void Distribute(MentionGroup g, Dictionary<int, double> countryMass, Dictionary<int, double> admin1Mass)
    {
        if (g.Candidates.Length == 0)
        {
            return;
        }

        double weight = Math.Sqrt(g.Mentions.Count) + (g.Dateline ? _weights.DatelineMass : 0);
        double max = double.MinValue;
        for (int c = 0; c < g.Candidates.Length; c++)
        {
            max = Math.Max(max, g.Prior[c] + (g.PatternSupport.Contains(g.Candidates[c].Entry) ? _weights.Pattern : 0));
        }

        var p = new double[g.Candidates.Length];
        double sum = 0;
        for (int c = 0; c < p.Length; c++)
        {
            p[c] = Math.Exp(g.Prior[c] + (g.PatternSupport.Contains(g.Candidates[c].Entry) ? _weights.Pattern : 0) - max);
            sum += p[c];
        }

        for (int c = 0; c < p.Length; c++)
        {
            double mass = weight * p[c] / sum;
            var e = _gazetteer[g.Candidates[c].Entry];
            if (e.CountryIndex >= 0)
            {
                Add(countryMass, e.CountryIndex, mass);
                Add(g.OwnCountry, e.CountryIndex, mass);
            }

            if (e.Kind == PlaceKind.Admin1)
            {
                Add(admin1Mass, g.Candidates[c].Entry, mass);
                Add(g.OwnAdmin1, g.Candidates[c].Entry, mass);
            }
        }
    }

    private static void Add(Dictionary<int, double> map, int key, double value) => map[key] = map.GetValueOrDefault(key) + value;

    private void Score(List<MentionGroup> groups, Dictionary<int, double> countryMass, Dictionary<int, double> admin1Mass, bool coherence)
    {
        var anchors = new List<(double Lat, double Lon, MentionGroup Group)>();
        if (coherence)
        {
            foreach (var g in groups)
            {
                if (g.Chosen >= 0)
                {
                    var e = _gazetteer[g.Candidates[g.Chosen].Entry];
                    if (e.Kind is PlaceKind.Place or PlaceKind.Facility or PlaceKind.Admin1 or PlaceKind.Admin2 && g.Candidates[g.Chosen].Kind != NameKind.Demonym)
                    {
                        anchors.Add((e.Latitude, e.Longitude, g));
                    }
                }
            }
        }

        double logRange = Math.Log(1 + _weights.CoherenceRangeKm);
        foreach (var g in groups)
        {
            double best = double.MinValue, second = double.MinValue;
            int bestIndex = -1;
            for (int c = 0; c < g.Candidates.Length; c++)
            {
                var candidate = g.Candidates[c];
                var e = _gazetteer[candidate.Entry];
                double country = 0, admin = 0, pattern = 0, near = 0;
                if (e.CountryIndex >= 0)
                {
                    double mass = countryMass.GetValueOrDefault(e.CountryIndex) - g.OwnCountry.GetValueOrDefault(e.CountryIndex);
                    country = _weights.CountryContext * Math.Min(_weights.ContextCap, Math.Log(1 + Math.Max(0, mass)));
                }

                if (e.Admin1Entry >= 0)
                {
                    double mass = admin1Mass.GetValueOrDefault(e.Admin1Entry) - g.OwnAdmin1.GetValueOrDefault(e.Admin1Entry);
                    admin = _weights.Admin1Context * Math.Min(_weights.ContextCap, Math.Log(1 + Math.Max(0, mass)));
                }

                if (g.PatternSupport.Contains(candidate.Entry))
                {
                    pattern = _weights.Pattern;
                }

                if (coherence && anchors.Count > 0 && e.Kind is not (PlaceKind.Country or PlaceKind.Continent or PlaceKind.Region or PlaceKind.Water))
                {
                    double nearest = double.MaxValue;
                    foreach (var (lat, lon, owner) in anchors)
                    {
                        if (owner != g)
                        {
                            nearest = Math.Min(nearest, GeoDistance.Kilometres(e.Latitude, e.Longitude, lat, lon));
                        }
                    }

                    if (nearest < double.MaxValue)
                    {
                        near = _weights.Coherence * Math.Max(0, 1 - (Math.Log(1 + nearest) / logRange));
                    }
                }

                double total = g.Prior[c] + country + admin + pattern + near;
                g.Total[c] = total;
                g.Parts[c, PartPrior] = g.Prior[c];
                g.Parts[c, PartCountry] = country;
                g.Parts[c, PartAdmin1] = admin;
                g.Parts[c, PartPattern] = pattern;
                g.Parts[c, PartCoherence] = near;
                if (total > best || (total == best && bestIndex >= 0 && Prefer(candidate, g.Candidates[bestIndex])))
                {
                    second = Math.Max(second, best);
                    best = total;
                    bestIndex = c;
                }
                else
                {
                    second = Math.Max(second, total);
                }
            }

            g.Chosen = bestIndex;
            g.Margin = second == double.MinValue ? 10 : best - second;
        }
    }

    // Deterministic tie-break: larger population, then lower entry index.
    private bool Prefer(NameCandidate a, NameCandidate b)
    {
        long pa = _gazetteer[a.Entry].Population, pb = _gazetteer[b.Entry].Population;
        return pa != pb ? pa > pb : a.Entry < b.Entry;
    }

    private PlaceMention Build(string text, ToponymMention mention, MentionGroup g)
    {
        var candidate = g.Candidates[g.Chosen];
        var e = _gazetteer[candidate.Entry];
        double lat = e.Latitude, lon = e.Longitude;
        int precision = e.Precision;
        string name = e.Name;
        var reason = new StringBuilder(candidate.Kind == NameKind.Demonym ? "demonym" : "name");
        if (candidate.Kind == NameKind.Alternate)
        {
            reason.Append(" (alternate)");
        }

        reason.Append(", ").Append(e.Kind == PlaceKind.Place ? e.FeatureCode : e.Kind.ToString().ToLowerInvariant());
        if (g.Candidates.Length > 1)
        {
            reason.Append(", 1 of ").Append(g.Candidates.Length);
            AppendPart(reason, g, PartCountry, "country context");
            AppendPart(reason, g, PartAdmin1, "division context");
            AppendPart(reason, g, PartPattern, "\"X, Y\" pattern");
            AppendPart(reason, g, PartCoherence, "near other places");
        }

        if (g.Dateline)
        {
            reason.Append(", dateline");
        }

        if (mention.Direction is { } direction && _gazetteer.TryGetExtent(candidate.Entry, out var extent))
        {
            (lat, lon) = extent.PointAt(direction.Lat, direction.Lon);
            precision = e.Kind is PlaceKind.Country or PlaceKind.Continent ? 3 : 2;
            name = text[mention.Start..mention.End];
            reason.Append(", part of its extent");
        }

        return new PlaceMention
        {
            Start = mention.Start,
            End = mention.End,
            EntryIndex = candidate.Entry,
            GeonameId = e.GeonameId == 0 ? null : e.GeonameId,
            Name = name,
            Latitude = Math.Round(lat, 5),
            Longitude = Math.Round(lon, 5),
            CountryCode = e.CountryCode,
            Admin1 = e.Kind is PlaceKind.Country or PlaceKind.Continent ? null : e.Admin1Name,
            FeatureCode = e.FeatureCode,
            Kind = e.Kind,
            Precision = precision,
            IsDemonym = candidate.Kind == NameKind.Demonym,
            Reason = reason.ToString(),
            Confidence = Math.Round(1 - Math.Exp(-Math.Max(0, g.Margin)), 3),
        };
    }

    private static void AppendPart(StringBuilder reason, MentionGroup g, int part, string label)
    {
        if (g.Parts[g.Chosen, part] >= 0.5)
        {
            reason.Append(", ").Append(label);
        }
    }
}
