using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;

namespace Pilotis.Data.Production.Configurations;

internal sealed class ConfigurationSuiviDifficulte : IEntityTypeConfiguration<SuiviDifficulte>
{
    public void Configure(EntityTypeBuilder<SuiviDifficulte> b)
    {
        b.ToTable("SuivisDifficulte");
        b.HasKey(x => x.Id);
        b.Property(x => x.Decision).HasMaxLength(2000);
        b.Property(x => x.Action).HasMaxLength(500);
        b.Property(x => x.Responsable).HasMaxLength(200);
        b.Property(x => x.Auteur).HasMaxLength(256);
        b.HasOne<RevueProjets>().WithMany().HasForeignKey(x => x.RevueProjetsId).OnDelete(DeleteBehavior.SetNull);
    }
}
