using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demande;

public sealed record ResultatEcritureDemandes(long Lues, long Ajoutees, long Modifiees, long Inchangees)
{
    /// <summary>PostgreSQL : durée du COPY dans la table temporaire (relecture du fichier comprise) et de la fusion
    /// ensembliste.</summary>
    public TimeSpan DureeCopie { get; init; }
    public TimeSpan DureeFusion { get; init; }

    /// <summary>La lecture a vu une erreur (<c>abandon</c>) : la transaction est annulée, rien n'est écrit.</summary>
    public bool Abandonne { get; init; }

    /// <summary>PostgreSQL : index secondaires supprimés avant le chargement d'une table vide et reconstruits
    /// après.</summary>
    public int IndexDifferes { get; init; }
}
