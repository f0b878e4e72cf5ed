using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Pilotis.Data.Demande.Configurations;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demande;

/// <summary>
/// Une colonne de la table des demandes écrite par l'écriture en masse : son nom, sa valeur pour une demande (requêtes
/// préparées SQLite et empreinte de comparaison), sa relecture (même forme que la valeur) et son écriture dans le COPY
/// binaire PostgreSQL. La liste <see cref="ColonnesDemande.Toutes"/> est la seule liste : les listes de colonnes SQL,
/// de paramètres et l'ordre du COPY en sont tirés.
/// </summary>
internal sealed record ColonneDemande(
    string Nom,
    Func<DemandeLogement, object?> Valeur,
    Func<DbDataReader, int, object?> Relire,
    Action<NpgsqlBinaryImporter, DemandeLogement> Copier
)
{
    public static ColonneDemande Texte(string nom, Func<DemandeLogement, string?> valeur) =>
        new(
            nom,
            valeur,
            (l, i) => l.IsDBNull(i) ? null : l.GetString(i),
            (c, d) =>
            {
                if (valeur(d) is { } v)
                    c.Write(v, NpgsqlDbType.Varchar);
                else
                    c.WriteNull();
            }
        );

    public static ColonneDemande Entier(string nom, Func<DemandeLogement, int> valeur) =>
        new(nom, d => valeur(d), (l, i) => l.GetInt32(i), (c, d) => c.Write(valeur(d), NpgsqlDbType.Integer));

    public static ColonneDemande EntierOuRien(string nom, Func<DemandeLogement, int?> valeur) =>
        new(
            nom,
            d => valeur(d),
            (l, i) => l.IsDBNull(i) ? null : l.GetInt32(i),
            (c, d) => Nullable(c, valeur(d), NpgsqlDbType.Integer)
        );

    public static ColonneDemande Booleen(string nom, Func<DemandeLogement, bool> valeur) =>
        new(nom, d => valeur(d), (l, i) => l.GetBoolean(i), (c, d) => c.Write(valeur(d), NpgsqlDbType.Boolean));

    public static ColonneDemande Montant(string nom, Func<DemandeLogement, decimal> valeur) =>
        new(nom, d => valeur(d), (l, i) => l.GetDecimal(i), (c, d) => c.Write(valeur(d), NpgsqlDbType.Numeric));

    public static ColonneDemande MontantOuRien(string nom, Func<DemandeLogement, decimal?> valeur) =>
        new(
            nom,
            d => valeur(d),
            (l, i) => l.IsDBNull(i) ? null : l.GetDecimal(i),
            (c, d) => Nullable(c, valeur(d), NpgsqlDbType.Numeric)
        );

    public static ColonneDemande Date(string nom, Func<DemandeLogement, DateOnly> valeur) =>
        new(
            nom,
            d => valeur(d),
            (l, i) => l.GetFieldValue<DateOnly>(i),
            (c, d) => c.Write(valeur(d), NpgsqlDbType.Date)
        );

    public static ColonneDemande DateOuRien(string nom, Func<DemandeLogement, DateOnly?> valeur) =>
        new(
            nom,
            d => valeur(d),
            (l, i) => l.IsDBNull(i) ? null : l.GetFieldValue<DateOnly>(i),
            (c, d) => Nullable(c, valeur(d), NpgsqlDbType.Date)
        );

    /// <summary>Membres du ménage en JSON : relus puis réécrits, pour comparer la même forme que l'écriture.</summary>
    public static ColonneDemande Membres(string nom) =>
        new(
            nom,
            d => ColonnesJson.Ecrire(d.Membres),
            (l, i) => ColonnesJson.Ecrire(ColonnesJson.Lire<MembreMenage>(l.GetString(i))),
            (c, d) => c.Write(ColonnesJson.Ecrire(d.Membres), NpgsqlDbType.Varchar)
        );

    private static void Nullable<T>(NpgsqlBinaryImporter copie, T? valeur, NpgsqlDbType type)
        where T : struct
    {
        if (valeur is T v)
            copie.Write(v, type);
        else
            copie.WriteNull();
    }
}
