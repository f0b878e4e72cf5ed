using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;

namespace Pilotis.Data.Demande.Configurations;

internal sealed class ConfigurationCommuneSouhaitee : IEntityTypeConfiguration<CommuneSouhaitee>
{
    public void Configure(EntityTypeBuilder<CommuneSouhaitee> b)
    {
        b.ToTable("CommunesSouhaitees");
        b.HasKey(x => new { x.DemandeId, x.Rang });
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        // Classement des candidats pour un logement d'une commune : toutes les demandes qui la souhaitent, à tout rang.
        b.HasIndex(x => new { x.CommuneCode, x.DemandeId });
    }
}
