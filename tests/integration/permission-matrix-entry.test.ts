import { describeMatrices, matrixGroups, setUpMatrixRegions } from "./permission-matrix/matrices";

setUpMatrixRegions();
describeMatrices(matrixGroups.entry);
