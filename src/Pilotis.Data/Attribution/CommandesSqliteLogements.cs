using System.Data.Common;
using System.Globalization;
using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution;

/// <summary>Requêtes préparées du chemin SQLite de <see cref="EcritureMasseLogements"/>.</summary>
internal sealed class CommandesSqliteLogements : IDisposable
{
    private readonly DbConnection _connexion;
    private readonly DbTransaction _transaction;
    private readonly string[] _colonnes;
    private readonly DbCommand _lire;
    private readonly DbCommand _inserer;
    private readonly DbCommand _modifier;

    public CommandesSqliteLogements(DbConnection connexion, DbTransaction transaction, string[] colonnes)
    {
        _connexion = connexion;
        _transaction = transaction;
        _colonnes = colonnes;
        var noms = colonnes.Select((_, i) => $"$p{i}").ToArray();
        var liste = string.Join(", ", colonnes.Select(c => $"l.\"{c}\""));
        _lire = Commande(
            $"SELECT l.\"Id\", {liste}, coalesce((SELECT c.\"DepartementCode\" FROM \"Communes\" c "
                + "WHERE c.\"Code\" = l.\"CommuneCode\" AND c.\"Type\" = 0), '') "
                + "FROM \"Logements\" l WHERE l.\"IdentifiantRpls\" = $n",
            "$n"
        );
        _inserer = Commande(
            $"INSERT INTO \"Logements\" ({string.Join(", ", colonnes.Select(c => $"\"{c}\""))}, "
                + $"\"ReservationNonConvertie\", \"ModifieLe\") VALUES ({string.Join(", ", noms)}, 0, $m)",
            [.. noms, "$m"]
        );
        _modifier = Commande(
            $"UPDATE \"Logements\" SET {string.Join(", ", colonnes.Select((c, i) => $"\"{c}\" = {noms[i]}"))}, "
                + "\"ModifieLe\" = $m WHERE \"Id\" = $id",
            [.. noms, "$m", "$id"]
        );
        foreach (var c in new[] { _lire, _inserer, _modifier })
            c.Prepare();
    }

    private DbCommand Commande(string sql, params string[] parametres)
    {
        var c = _connexion.CreateCommand();
        c.CommandText = sql;
        c.Transaction = _transaction;
        foreach (var p in parametres)
        {
            var parametre = c.CreateParameter();
            parametre.ParameterName = p;
            c.Parameters.Add(parametre);
        }
        return c;
    }

    public async Task<bool> VideAsync(CancellationToken ct)
    {
        await using var existe = Commande("SELECT EXISTS (SELECT 1 FROM \"Logements\")");
        return Convert.ToInt64(await existe.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) == 0;
    }

    /// <summary>Le logement enregistré sous cet identifiant, et le département de sa commune ; null s'il n'y en a
    /// pas.</summary>
    public (int Id, Logement Logement, string Departement)? Lire(string identifiant)
    {
        _lire.Parameters[0].Value = identifiant;
        using var l = _lire.ExecuteReader();
        if (!l.Read())
            return null;
        var i = CultureInfo.InvariantCulture;
        var logement = new Logement
        {
            IdentifiantRpls = l.GetString(1),
            BailleurId = l.GetInt32(2),
            CommuneCode = l.GetString(3),
            Adresse = l.GetString(4),
            EnQpv = l.GetBoolean(5),
            Typologie = (TypologieLogement)l.GetInt32(6),
            Surface = decimal.Parse(l.GetString(7), i),
            Financement = (FinancementOrigine)l.GetInt32(8),
            AnneeConstruction = l.GetInt32(9),
            LoyerMensuel = decimal.Parse(l.GetString(10), i),
            EtiquetteEnergie = l.IsDBNull(11) ? null : l.GetString(11)[0],
            Occupation = (EtatOccupation)l.GetInt32(12),
        };
        return (l.GetInt32(0), logement, l.GetString(13));
    }

    public void Inserer(Logement l, long horodatage)
    {
        Renseigner(_inserer, l, horodatage);
        _inserer.ExecuteNonQuery();
    }

    public void Modifier(int id, Logement l, long horodatage)
    {
        Renseigner(_modifier, l, horodatage);
        _modifier.Parameters["$id"].Value = id;
        _modifier.ExecuteNonQuery();
    }

    private void Renseigner(DbCommand commande, Logement l, long horodatage)
    {
        for (var i = 0; i < _colonnes.Length; i++)
            commande.Parameters[i].Value = EcritureMasseLogements.Valeur(l, _colonnes[i]);
        commande.Parameters["$m"].Value = horodatage;
    }

    public void Dispose()
    {
        foreach (var c in new[] { _lire, _inserer, _modifier })
            c.Dispose();
    }
}
