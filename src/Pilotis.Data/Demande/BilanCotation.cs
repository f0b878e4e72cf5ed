using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demande;

/// <summary>Bilan d'un recalcul : EPCI cotés, demandes cotées, demandes dont le score a été retiré, durée.</summary>
public sealed record BilanCotation(int Epci, int DemandesCotees, int ScoresRetires, TimeSpan Duree)
{
    /// <summary>Part de la durée passée à lire les demandes et à calculer (le reste : contextes, écriture).</summary>
    public TimeSpan DureeLectureCalcul { get; init; }

    /// <summary>Part de la durée passée à remettre d'accord l'index de classement (ADR 0020).</summary>
    public TimeSpan DureeClassement { get; init; }

    public double DemandesParSeconde => Duree.TotalSeconds <= 0 ? 0 : DemandesCotees / Duree.TotalSeconds;
}
