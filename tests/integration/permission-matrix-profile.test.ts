import { profileMatrices } from "./permission-matrix/profile";
import { describeMatrices, setUpMatrixRegions } from "./permission-matrix/harness";

setUpMatrixRegions();
describeMatrices(profileMatrices);
