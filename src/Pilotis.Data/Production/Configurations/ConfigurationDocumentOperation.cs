using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;

namespace Pilotis.Data.Production.Configurations;

internal sealed class ConfigurationDocumentOperation : IEntityTypeConfiguration<DocumentOperation>
{
    public void Configure(EntityTypeBuilder<DocumentOperation> b)
    {
        b.ToTable("DocumentsOperation");
        b.HasKey(x => x.Id);
        b.Property(x => x.Piece).HasMaxLength(50);
        b.Property(x => x.NomFichier).HasMaxLength(255);
        b.Property(x => x.Stockage).HasMaxLength(100);
        b.Property(x => x.TypeContenu).HasMaxLength(100);
        b.Property(x => x.DeposePar).HasMaxLength(256);
        b.HasOne<Operation>().WithMany().HasForeignKey(x => x.OperationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new
            {
                x.OperationId,
                x.Piece,
                x.Version,
            })
            .IsUnique();
    }
}
