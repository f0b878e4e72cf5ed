using System.Text;
using Pilotis.Data.Attribution;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Attribution;

/// <summary>Fichiers du parc de test : identifiants uniques par test, en-tête du format.</summary>
public static class OutilsParc
{
    public static string Prefixe() => "T" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    /// <summary>Une ligne juste (commune, typologie, QPV, occupation au choix).</summary>
    public static string Ligne(
        string identifiant,
        string siren,
        string commune = "30189",
        string typologie = "T3",
        string qpv = "N",
        string occupation = "OCCUPE",
        string loyer = "350,00",
        string surface = "65"
    ) =>
        $"{identifiant};{siren};{commune};12 rue des Micocouliers;{qpv};{typologie};{surface};PLUS;1998;{loyer};C;"
        + occupation;

    public static byte[] Fichier(params string[] lignes) =>
        Encoding.UTF8.GetBytes(string.Join("\r\n", [FormatLogements.Entete, .. lignes]) + "\r\n");

    public static Task<BilanImportLogements> ImporterAsync(
        PilotisFactory app,
        byte[] octets,
        PerimetreImportLogements? perimetre = null
    ) =>
        app.ExecuterAsync(db =>
            new ImportLogements(db).ExecuterAsync(
                () => new MemoryStream(octets),
                perimetre ?? PerimetreImportLogements.Tout
            )
        );
}
