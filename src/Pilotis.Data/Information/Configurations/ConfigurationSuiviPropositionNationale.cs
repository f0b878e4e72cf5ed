using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Information;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Information.Configurations;

internal sealed class ConfigurationSuiviPropositionNationale : IEntityTypeConfiguration<SuiviPropositionNationale>
{
    public void Configure(EntityTypeBuilder<SuiviPropositionNationale> b)
    {
        b.ToTable("SuivisPropositionsNationales");
        b.HasKey(x => x.Id);
        b.Property(x => x.DepartementCode).HasMaxLength(3);
        b.Property(x => x.CodeProposition).HasMaxLength(40);
        b.Property(x => x.Commentaire).HasMaxLength(SuiviPropositionNationale.LongueurCommentaireMaximum);
        b.Property(x => x.ModifiePar).HasMaxLength(200);
        b.HasIndex(x => new
        {
            x.DepartementCode,
            x.CodeProposition,
            x.Date,
        });
        b.HasOne<Departement>().WithMany().HasForeignKey(x => x.DepartementCode).OnDelete(DeleteBehavior.Restrict);
    }
}
