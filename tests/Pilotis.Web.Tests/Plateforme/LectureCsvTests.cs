using System.Text;
using Pilotis.Data.Csv;

namespace Pilotis.Web.Tests.Plateforme;

/// <summary>
/// La couche de lecture CSV de tous les imports (Pilotis.Data/Csv, docs/adr/0011-lecture-csv.md), sans base : ce qui
/// est refusé d'emblée (classeur, binaire, encodage, séparateur, en-tête), ce qui est refusé en cours de lecture avec
/// la ligne physique du défaut, les lignes mal formées sautées et signalées, et les fichiers justes lus à l'identique.
/// </summary>
public sealed class LectureCsvTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static byte[] Utf8(string texte) => Encoding.UTF8.GetBytes(texte);

    private static byte[] Octets(params byte[][] morceaux) => [.. morceaux.SelectMany(m => m)];

    /// <summary>
    /// Ce que la lecture a rendu : les lignes bien formées (numéro, valeurs) et les lignes signalées.
    /// </summary>
    private sealed record Lu(List<(int Ligne, string[] Valeurs)> Lignes, List<ErreurLigne> MalFormees);

    private static Lu Lire(byte[] octets) => Lire(new MemoryStream(octets));

    private static Lu Lire(Stream flux)
    {
        var malFormees = new List<ErreurLigne>();
        using var fichier = LectureCsv.Ouvrir(flux, malFormees.Add);
        var lignes = new List<(int, string[])>();
        while (fichier.Lire())
        {
            var csv = fichier.Lecteur;
            lignes.Add(((int)csv.LineNumber, Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToArray()));
        }
        return new Lu(lignes, malFormees);
    }

    private static async Task<Lu> LireAsync(Stream flux)
    {
        var malFormees = new List<ErreurLigne>();
        using var fichier = LectureCsv.Ouvrir(flux, malFormees.Add);
        var lignes = new List<(int, string[])>();
        while (await fichier.LireAsync())
        {
            var csv = fichier.Lecteur;
            lignes.Add(((int)csv.LineNumber, Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToArray()));
        }
        return new Lu(lignes, malFormees);
    }

    private static ErreurLigne Refus(byte[] octets) =>
        Assert.Throws<FichierCsvRefuseException>(() => Lire(octets)).Erreur;

    public static TheoryData<string, byte[], int, string> FichiersRefuses =>
        new()
        {
            {
                "classeur xlsx",
                Octets([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], Utf8("[Content_Types].xml")),
                1,
                "Ce fichier n'est pas un fichier CSV (il ressemble à un classeur Excel .xlsx"
            },
            {
                "classeur xls",
                Octets([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00]),
                1,
                "il ressemble à un ancien classeur Excel .xls"
            },
            { "PDF", Utf8("%PDF-1.4\n1 0 obj\n"), 1, "il ressemble à un document PDF" },
            {
                "octet nul ligne 3",
                Octets(Utf8("a;b\n1;2\nx"), [0x00], Utf8(";y\n")),
                3,
                "il contient des octets nuls, comme un fichier binaire"
            },
            { "UTF-16 avec BOM", Octets([0xFF, 0xFE], Encoding.Unicode.GetBytes("a;b\r\n1;2\r\n")), 1, "UTF-16" },
            { "UTF-16 sans BOM", Encoding.Unicode.GetBytes("a;b\r\n1;2\r\n"), 1, "UTF-16" },
            {
                "Latin-1 ligne 2",
                Encoding.Latin1.GetBytes("nom;ville\nAlpha;Uzès\nOpération;Nîmes\n"),
                2,
                "Le fichier n'est pas encodé en UTF-8 (il semble enregistré en Windows-1252 / Latin-1, par exemple "
                    + "par Excel « CSV (séparateur : point-virgule) »). Enregistrez-le en « CSV UTF-8 » et "
                    + "importez-le de nouveau. Premier passage en cause (lu en Windows-1252) : « Uzès »."
            },
            {
                "Windows-1252 ligne 3",
                Windows1252.GetBytes("nom;ville\nAlpha;Nimes\n\"L’Écusson – œuvre\";Nîmes\n"),
                3,
                "Premier passage en cause (lu en Windows-1252) : « L’Écusson – œuvre »."
            },
            { "UTF-8 tronqué en fin de fichier", Octets(Utf8("a;b\n1;caf"), [0xC3]), 2, "pas encodé en UTF-8" },
            {
                "virgule",
                Utf8("code_commune,annee,source\n30189,2024,x\n"),
                1,
                "Le séparateur attendu est le point-virgule (;) ; ce fichier utilise la virgule."
            },
            {
                "tabulation",
                Utf8("\uFEFFcode_commune\tannee\tsource\n30189\t2024\tx\n"),
                1,
                "ce fichier utilise la tabulation."
            },
            { "guillemet isolé dans l'en-tête", Utf8("a;b\"x;c\n1;2;3\n"), 1, "En-tête mal formé. Guillemet (\")" },
            {
                "guillemet jamais fermé dans l'en-tête",
                Utf8("a;\"b;c\n1;2;3\n"),
                1,
                "En-tête mal formé. Guillemet ouvert et jamais fermé"
            },
        };

    [Theory]
    [MemberData(nameof(FichiersRefuses))]
    public void Un_fichier_qui_n_est_pas_un_CSV_UTF8_a_points_virgules_est_refuse_avec_sa_ligne(
        string cas,
        byte[] octets,
        int ligne,
        string message
    )
    {
        var erreur = Refus(octets);
        Assert.True(erreur.Ligne == ligne, $"{cas} : ligne {erreur.Ligne} au lieu de {ligne} ({erreur.Message})");
        Assert.Contains(message, erreur.Message);
    }

    [Fact]
    public void Un_octet_Latin1_loin_dans_le_fichier_est_refuse_en_cours_de_lecture_avec_sa_ligne()
    {
        // 5 000 lignes justes (bien plus que le premier bloc de 64 Kio), puis un « é » Latin-1 ligne 5 002.
        var texte = new StringBuilder("numero;nom\n");
        for (var i = 1; i <= 5000; i++)
            texte.Append(i).Append(";Ligne juste numéro ").Append(i).Append('\n');
        var octets = Octets(Utf8(texte.ToString()), Encoding.Latin1.GetBytes("5001;Opération\n5002;fin\n"));
        Assert.True(octets.Length > 2 * 64 * 1024);

        var lues = new List<int>();
        var refus = Assert.Throws<FichierCsvRefuseException>(() =>
        {
            using var fichier = LectureCsv.Ouvrir(new MemoryStream(octets));
            while (fichier.Lire())
                lues.Add((int)fichier.Lecteur.LineNumber);
        });

        Assert.Equal(5002, refus.Erreur.Ligne);
        Assert.Contains("« Opération »", refus.Erreur.Message);
        Assert.DoesNotContain(5002, lues); // la ligne fautive n'atteint jamais l'import
    }

    [Fact]
    public async Task Le_meme_refus_tombe_en_lecture_asynchrone()
    {
        var texte = new StringBuilder("numero;nom\n");
        for (var i = 1; i <= 5000; i++)
            texte.Append(i).Append(";Ligne juste ").Append(i).Append('\n');
        var octets = Octets(Utf8(texte.ToString()), Windows1252.GetBytes("5001;l’œuvre\n"));

        var refus = await Assert.ThrowsAsync<FichierCsvRefuseException>(() => LireAsync(new MemoryStream(octets)));

        Assert.Equal(5002, refus.Erreur.Ligne);
        Assert.Contains("Windows-1252 / Latin-1", refus.Erreur.Message);
    }

    [Fact]
    public void Un_guillemet_jamais_ferme_sur_plus_de_1_Mo_refuse_le_fichier_a_sa_ligne()
    {
        var texte = new StringBuilder("numero;nom\n1;juste\n2;\"Nom sans fin\n");
        while (texte.Length < 2 * LectureCsv.TailleMaximaleEnregistrement)
            texte.Append("3;suite avalée par le guillemet\n");

        var erreur = Refus(Utf8(texte.ToString()));

        Assert.Equal(3, erreur.Ligne);
        Assert.StartsWith("Plus de 1 Mo sans fin de ligne hors guillemets : un guillemet ouvert", erreur.Message);
    }

    public static TheoryData<string, string, int[], string, int[]> LignesMalFormees =>
        new()
        {
            {
                "guillemet jamais fermé",
                "numero;nom\n1;Alpha\n2;\"Nom sans fin\n3;Gamma\n4;Delta\n",
                [3],
                "Guillemet ouvert et jamais fermé : toute la suite du fichier serait lue comme une seule valeur.",
                [2]
            },
            {
                "guillemet isolé",
                "numero;nom\n1;Alpha\n2;Nom d\"origine\n3;Gamma\n",
                [3],
                "Guillemet (\") au milieu d'une valeur qui ne commence pas par un guillemet",
                [2, 4]
            },
            {
                "texte après le guillemet fermant",
                "numero;nom\n1;Alpha\n2;\"Nom\" suite\n3;Gamma\n",
                [3],
                "Texte après le guillemet fermant d'une valeur entre guillemets",
                [2, 4]
            },
            {
                "champ manquant",
                "numero;nom;ville\n1;Alpha;Nîmes\n2;Beta\n3;Gamma;Uzès\n",
                [3],
                "La ligne compte 2 champ(s) au lieu des 3 de l'en-tête",
                [2, 4]
            },
            {
                "champ en trop après une valeur sur deux lignes",
                "numero;nom;ville\n1;\"Alpha\nsur deux lignes\";Nîmes\n2;Beta;Uzès;en trop\n3;\"G;amma\";Alès\n",
                [4],
                "La ligne compte 4 champ(s) au lieu des 3 de l'en-tête",
                [2, 5]
            },
        };

    [Theory]
    [MemberData(nameof(LignesMalFormees))]
    public void Une_ligne_mal_formee_est_sautee_et_signalee_avec_sa_ligne_physique(
        string cas,
        string texte,
        int[] signalees,
        string message,
        int[] rendues
    )
    {
        var lu = Lire(Utf8(texte));

        Assert.True(
            signalees.SequenceEqual(lu.MalFormees.Select(e => e.Ligne)),
            $"{cas} : {string.Join(" | ", lu.MalFormees)}"
        );
        Assert.All(lu.MalFormees, e => Assert.Contains(message, e.Message));
        Assert.Equal(rendues, lu.Lignes.Select(l => l.Ligne));
    }

    public static TheoryData<string, byte[]> FichiersJustes =>
        new()
        {
            { "UTF-8 sans BOM", Utf8("nom;ville\nOpération;Nîmes\nL’Écusson – œuvre;Alès\n") },
            {
                "UTF-8 avec BOM",
                Octets([0xEF, 0xBB, 0xBF], Utf8("nom;ville\r\nOpération;Nîmes\r\nL’Écusson – œuvre;Alès\r\n"))
            },
        };

    [Theory]
    [MemberData(nameof(FichiersJustes))]
    public void Un_fichier_UTF8_avec_ou_sans_BOM_est_lu_avec_ses_accents(string cas, byte[] octets)
    {
        using var fichier = LectureCsv.Ouvrir(new MemoryStream(octets));
        Assert.Equal(["nom", "ville"], LectureCsv.Entetes(fichier.Lecteur).Keys);
        var lu = new List<string>();
        while (fichier.Lire())
            lu.Add(fichier.Lecteur.GetString(0) + "|" + fichier.Lecteur.GetString(1));
        Assert.True(lu.SequenceEqual(["Opération|Nîmes", "L’Écusson – œuvre|Alès"]), cas);
    }

    [Theory]
    [InlineData(1)] // un octet à la fois : chaque caractère accentué est coupé entre deux lectures
    [InlineData(7)]
    [InlineData(64 * 1024 - 1)]
    public async Task Un_caractere_coupe_entre_deux_blocs_n_est_pas_une_erreur(int parLecture)
    {
        // Des caractères de 2, 3 et 4 octets, répétés pour tomber sur toutes les frontières de blocs.
        var texte = new StringBuilder("numero;nom\n");
        for (var i = 1; i <= 3000; i++)
            texte.Append(i).Append(";é€😀 Nîmes ").Append(i).Append('\n');
        var octets = Utf8(texte.ToString());

        var lu = Lire(new FluxAuCompteGouttes(octets, parLecture));
        var luAsync = await LireAsync(new FluxAuCompteGouttes(octets, parLecture));

        Assert.Empty(lu.MalFormees);
        Assert.Equal(3000, lu.Lignes.Count);
        Assert.Equal(3001, lu.Lignes[^1].Ligne);
        Assert.Equal(["3000", "é€😀 Nîmes 3000"], lu.Lignes[^1].Valeurs);
        Assert.Equal(lu.Lignes.Select(l => l.Valeurs[1]), luAsync.Lignes.Select(l => l.Valeurs[1]));
    }

    [Fact]
    public void Un_fichier_vide_s_ouvre_sans_en_tete_pour_que_l_import_dise_lequel_il_attend()
    {
        foreach (var octets in new[] { Array.Empty<byte>(), [0xEF, 0xBB, 0xBF], Utf8("\r\n\r\n") })
        {
            using var fichier = LectureCsv.Ouvrir(new MemoryStream(octets));
            Assert.Empty(LectureCsv.Entetes(fichier.Lecteur));
            Assert.False(fichier.Lire());
        }
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0x62 }, 2)]
    [InlineData(new byte[] { 0x61, 0xC3 }, 1)] // « é » coupé après son premier octet
    [InlineData(new byte[] { 0x61, 0xC3, 0xA9 }, 3)]
    [InlineData(new byte[] { 0x61, 0xE2, 0x82 }, 1)] // « € » coupé après deux octets sur trois
    [InlineData(new byte[] { 0xE2, 0x82, 0xAC }, 3)]
    [InlineData(new byte[] { 0x61, 0xF0, 0x9F, 0x98 }, 1)] // « 😀 » coupé après trois octets sur quatre
    [InlineData(new byte[] { 0x61, 0xE9 }, 1)] // un « é » Latin-1 ressemble à un début de séquence : vérifié ensuite
    [InlineData(new byte[] { 0x61, 0xA9 }, 2)] // un octet de suite isolé n'attend rien : la vérification le refuse
    [InlineData(new byte[] { }, 0)]
    public void La_fin_d_un_bloc_garde_un_caractere_coupe_pour_le_bloc_suivant(byte[] octets, int complets)
    {
        Assert.Equal(complets, DiagnosticCsv.FinSequencesCompletes(octets));
    }

    [Theory]
    [InlineData("a;b;c", 3)]
    [InlineData("a", 1)]
    [InlineData("", 1)]
    [InlineData("\"a;b\";c", 2)]
    [InlineData("\"a\"\";b\";c;", 3)]
    public void Les_champs_d_une_ligne_brute_se_comptent_hors_guillemets(string brute, int champs)
    {
        Assert.Equal(champs, FichierCsv.CompterChamps(brute));
    }

    /// <summary>Un flux qui ne se rembobine pas et rend peu d'octets à chaque lecture, comme un tube.</summary>
    private sealed class FluxAuCompteGouttes(byte[] octets, int parLecture) : Stream
    {
        private int _position;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(Math.Min(parLecture, buffer.Length), octets.Length - _position);
            octets.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
